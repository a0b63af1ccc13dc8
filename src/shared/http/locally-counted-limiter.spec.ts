import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { LocallyCountedLimiter } from './locally-counted-limiter.js';

/** The shared table, as rate-limiter-flexible's memory store: it counts what it is told, like the DynamoDB one. */
function sharedStore(points: number) {
  const store = new RateLimiterMemory({ points, duration: 60 });
  let calls = 0;
  const counted = {
    penalty: (key: string, attempts: number) => {
      calls += 1;
      return store.penalty(key, attempts);
    },
  } as unknown as RateLimiterMemory;
  return { counted, store, calls: () => calls };
}

/** Lets a background tell to the shared store finish. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 5));

const attempt = (limiter: LocallyCountedLimiter, key: string) =>
  limiter.consume(key).then(
    () => 'ok',
    (rejection: unknown) => (rejection instanceof RateLimiterRes ? 'limited' : 'error'),
  );

describe('locally counted limiter', () => {
  const limiters: LocallyCountedLimiter[] = [];
  const limiter = (shared: RateLimiterMemory, points: number, syncMs = 60_000) => {
    const made = new LocallyCountedLimiter(shared, points, syncMs);
    limiters.push(made);
    return made;
  };
  afterEach(() => limiters.splice(0).forEach((made) => made.stop()));

  it('behavior: well within the budget an attempt costs no call to the shared store until a key has 5% of it untold; a sync tells all of a key at once', async () => {
    const { counted, store, calls } = sharedStore(1000);
    const one = limiter(counted, 1000);
    for (let i = 0; i < 49; i++) expect(await attempt(one, 'alice')).toBe('ok');
    expect(calls()).toBe(0);
    expect(await attempt(one, 'alice')).toBe('ok');
    await settle();
    expect(calls()).toBe(1);
    expect((await store.get('alice'))?.consumedPoints).toBe(50);
    for (let i = 0; i < 20; i++) expect(await attempt(one, 'alice')).toBe('ok');
    await one.tellAll();
    expect(calls()).toBe(2);
    expect((await store.get('alice'))?.consumedPoints).toBe(70);
  });

  it('behavior: a quiet key costs no call; its next attempt after the sync interval tells what it left untold', async () => {
    const { counted, store, calls } = sharedStore(1000);
    const one = limiter(counted, 1000, 20);
    expect(await attempt(one, 'alice')).toBe('ok');
    await new Promise((resolve) => setTimeout(resolve, 70));
    expect(calls()).toBe(0);
    expect(await attempt(one, 'alice')).toBe('ok');
    await settle();
    expect(calls()).toBe(1);
    expect((await store.get('alice'))?.consumedPoints).toBe(2);
  });

  it('behavior: past 80% every attempt is told at once, and the budget holds exactly on one instance', async () => {
    const { counted, store } = sharedStore(10);
    const one = limiter(counted, 10);
    const outcomes: string[] = [];
    for (let i = 0; i < 12; i++) outcomes.push(await attempt(one, 'alice'));
    expect(outcomes).toEqual([...Array<string>(10).fill('ok'), 'limited', 'limited']);
    expect((await store.get('alice'))?.consumedPoints).toBe(12);
  });

  it('behavior: two instances block on the fleet total once they hear it; until then one lets through at most 5% of the budget', async () => {
    const { counted, store } = sharedStore(100);
    const [one, two] = [limiter(counted, 100), limiter(counted, 100)];
    for (let i = 0; i < 3; i++) expect(await attempt(one, 'alice')).toBe('ok');
    await one.tellAll();
    const outcomes: string[] = [];
    for (let i = 0; i < 99; i++) outcomes.push(await attempt(two, 'alice'));
    await settle();
    // Instance two heard instance one's 3 on its way: the 97th attempt is the last one within the budget.
    expect(outcomes).toEqual([...Array<string>(97).fill('ok'), 'limited', 'limited']);
    // Instance one last heard 3: it lets 5 more through, the fifth tells the store, and hears 107.
    const late: string[] = [];
    for (let i = 0; i < 7; i++) {
      late.push(await attempt(one, 'alice'));
      await settle();
    }
    expect(late).toEqual([...Array<string>(5).fill('ok'), 'limited', 'limited']);
    // Every attempt counts, the refused ones too.
    expect((await store.get('alice'))?.consumedPoints).toBe(109);
  });

  it('behavior: a shared store that does not answer leaves the decision to this instance, and the attempts are told later', async () => {
    const { store } = sharedStore(10);
    let down = true;
    const flaky = {
      penalty: (key: string, attempts: number) => (down ? Promise.reject(new Error('unavailable')) : store.penalty(key, attempts)),
    } as unknown as RateLimiterMemory;
    const one = limiter(flaky, 10);
    const outcomes: string[] = [];
    for (let i = 0; i < 11; i++) outcomes.push(await attempt(one, 'alice'));
    expect(outcomes).toEqual([...Array<string>(10).fill('ok'), 'limited']);
    down = false;
    await one.tellAll();
    expect((await store.get('alice'))?.consumedPoints).toBe(11);
  });

  it('behavior: keys are counted apart', async () => {
    const { counted } = sharedStore(2);
    const one = limiter(counted, 2);
    expect([await attempt(one, 'alice'), await attempt(one, 'alice'), await attempt(one, 'alice')]).toEqual(['ok', 'ok', 'limited']);
    expect(await attempt(one, 'bob')).toBe('ok');
  });
});
