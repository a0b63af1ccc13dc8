/**
 * How long a poller waits before its next round: its base interval while rounds find work (and
 * after the first empty round), then twice as long after each further empty round, up to `maxMs`.
 * `wake()` (an event that creates work) makes the next round due at once. The poller ticks at its
 * base interval and asks `due()`, so a tick that is not due costs nothing.
 */
export class IdleBackoff {
  private emptyRounds = 0;
  private nextAt = 0;

  constructor(
    private readonly baseMs: number,
    private readonly maxMs: number,
  ) {}

  due(now = Date.now()): boolean {
    return now >= this.nextAt;
  }

  /** After a round: `found` when it had something to do. */
  done(found: boolean, now = Date.now()): void {
    this.emptyRounds = found ? 0 : this.emptyRounds + 1;
    const delay = Math.min(this.maxMs, this.baseMs * 2 ** Math.max(0, this.emptyRounds - 1));
    this.nextAt = now + delay - this.baseMs / 2; // the tick that lands on the delay runs
  }

  wake(): void {
    this.emptyRounds = 0;
    this.nextAt = 0;
  }
}
