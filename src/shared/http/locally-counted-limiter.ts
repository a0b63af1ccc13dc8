import { type RateLimiterAbstract, RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

/** What a rate limit needs of a limiter: count one attempt, or reject with the RateLimiterRes that says when to retry. */
export interface AttemptCounter {
  consume(key: string): Promise<RateLimiterRes>;
}

/** Past this share of the budget (as this instance sees it), every attempt is told to the shared store at once. */
const NEAR_BUDGET = 0.8;
/** A key's untold attempts go to the shared store as soon as they add up to this share of its budget. */
const TELL_SHARE = 0.05;

/**
 * A per-minute budget counted on this instance and told to the fleet's shared store in the
 * background: an attempt costs no database call while the key is well within its budget. A key's
 * new attempts reach the shared store once they add up to 5% of the budget (at once past 80% of
 * it, and every `syncMs` at the latest), and the shared count comes back, so every instance blocks
 * on the fleet's total. Each instance can let through at most 5% of a budget beyond it before it
 * hears the fleet's count; a customer well within budget costs one call per 5% of it, not one per
 * sync. Meant for abuse budgets (the API's); sign-in budgets stay exact.
 */
export class LocallyCountedLimiter implements AttemptCounter {
  private readonly local: RateLimiterMemory;
  /** Attempts counted here and not yet told to the shared store, per key. */
  private readonly untold = new Map<string, number>();
  private readonly timer: NodeJS.Timeout;
  private readonly tellEvery: number;
  private readonly telling = new Map<string, Promise<void>>();

  constructor(
    private readonly shared: RateLimiterAbstract,
    private readonly points: number,
    syncMs: number,
  ) {
    this.local = new RateLimiterMemory({ points, duration: 60 });
    this.tellEvery = Math.max(1, Math.floor(points * TELL_SHARE));
    this.timer = setInterval(() => void this.tellAll(), syncMs);
    this.timer.unref();
  }

  async consume(key: string): Promise<RateLimiterRes> {
    const untold = (this.untold.get(key) ?? 0) + 1;
    this.untold.set(key, untold);
    const counted = await this.local.penalty(key, 1);
    // Unheard, the store leaves the decision to this instance's count (told on the next round).
    if (counted.consumedPoints >= this.points * NEAR_BUDGET) await this.tell(key).catch(() => undefined);
    else if (untold >= this.tellEvery && !this.telling.has(key)) void this.tell(key).catch(() => undefined);
    // Rejects (with when to retry) once the fleet's count, as last heard, and ours exceed the budget.
    return this.local.consume(key, 0);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Tells every key's untold attempts; a store that does not answer is told on the next round. */
  async tellAll(): Promise<void> {
    await Promise.all([...this.untold.keys()].map((key) => this.tell(key).catch(() => undefined)));
  }

  /** One tell per key at a time: each sets this instance's count from the total its own call brought back. */
  private tell(key: string): Promise<void> {
    const told = (this.telling.get(key) ?? Promise.resolve()).catch(() => undefined).then(() => this.tellNow(key));
    this.telling.set(key, told);
    const forget = () => {
      if (this.telling.get(key) === told) this.telling.delete(key);
    };
    told.then(forget, forget);
    return told;
  }

  private async tellNow(key: string): Promise<void> {
    const attempts = this.untold.get(key);
    if (!attempts) return;
    this.untold.delete(key);
    let total: RateLimiterRes;
    try {
      total = await this.shared.penalty(key, attempts);
    } catch (error) {
      this.untold.set(key, (this.untold.get(key) ?? 0) + attempts);
      throw error;
    }
    // The fleet's count includes ours up to now; attempts counted here meanwhile come on top.
    const since = this.untold.get(key) ?? 0;
    const seconds = total.msBeforeNext > 0 ? total.msBeforeNext / 1000 : 60;
    await this.local.set(key, total.consumedPoints + since, Math.max(0.001, seconds));
  }
}
