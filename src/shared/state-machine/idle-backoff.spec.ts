import { IdleBackoff } from './idle-backoff.js';

describe('idle backoff', () => {
  it('behavior: keeps the base interval while rounds find work, doubles after the second empty round up to the cap, and wake makes the next round due', () => {
    const backoff = new IdleBackoff(1_000, 8_000);
    const waits: number[] = [];
    let now = 0;
    const nextRoundAfter = () => {
      let waited = 0;
      while (!backoff.due(now + waited)) waited += 1_000; // the poller ticks at its base interval
      return waited;
    };
    expect(backoff.due(now)).toBe(true);
    backoff.done(true, now);
    waits.push(nextRoundAfter());
    for (let round = 0; round < 6; round++) {
      backoff.done(false, now);
      const waited = nextRoundAfter();
      waits.push(waited);
      now += waited;
    }
    expect(waits).toEqual([1_000, 1_000, 2_000, 4_000, 8_000, 8_000, 8_000]);
    backoff.done(false, now);
    expect(backoff.due(now + 1_000)).toBe(false);
    backoff.wake();
    expect(backoff.due(now)).toBe(true);
  });
});
