import { type RateLimiterAbstract, RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';

/** What a rate limit needs of a limiter: count one attempt, or reject with the RateLimiterRes that says when to retry. */
export interface AttemptCounter {
  consume(key: string): Promise<RateLimiterRes>;
}

/** Past this share of the budget (as this instance sees it), every attempt is told to the shared store at once. */
const NEAR_BUDGET = 0.8;
/** A key's untold attempts go to the shared store as soon as they add up to this share of its budget. */
const TELL_SHARE = 0.05;

/** The budgets' window: attempts older than this count against nothing. */
const WINDOW_MS = 60_000;

interface Untold {
  attempts: number;
  /** When the oldest of them was counted. */
  since: number;
}

/**
 * A per-minute budget counted on this instance and told to the fleet's shared store in the
 * background: an attempt costs no database call while the key is well within its budget. A key's
 * new attempts reach the shared store once they add up to 5% of the budget, or with its first
 * attempt `syncMs` after the oldest untold one (at once past 80% of the budget), and the shared
 * count comes back, so every instance blocks on the fleet's total. Each instance can let through
 * at most 5% of a budget beyond it before it hears the fleet's count; a customer well within
 * budget costs one call per 5% of it or per `syncMs`, and a key that goes quiet costs nothing
 * (what it left untold ages out of the window). Meant for abuse budgets (the API's); sign-in
 * budgets stay exact.
 */
export class LocallyCountedLimiter implements AttemptCounter {
  private readonly local: RateLimiterMemory;
  /** Attempts counted here and not yet told to the shared store, per key. */
  private readonly untold = new Map<string, Untold>();
  private readonly timer: NodeJS.Timeout;
  private readonly tellEvery: number;
  private readonly telling = new Map<string, Promise<void>>();

  constructor(
    private readonly shared: RateLimiterAbstract,
    private readonly points: number,
    private readonly syncMs: number,
  ) {
    this.local = new RateLimiterMemory({ points, duration: WINDOW_MS / 1000 });
    this.tellEvery = Math.max(1, Math.floor(points * TELL_SHARE));
    this.timer = setInterval(() => this.forgetAged(), syncMs);
    this.timer.unref();
  }

  async consume(key: string): Promise<RateLimiterRes> {
    const now = Date.now();
    const untold = this.untold.get(key) ?? { attempts: 0, since: now };
    untold.attempts += 1;
    this.untold.set(key, untold);
    const counted = await this.local.penalty(key, 1);
    // Unheard, the store leaves the decision to this instance's count (told again with a later attempt).
    if (counted.consumedPoints >= this.points * NEAR_BUDGET) await this.tell(key).catch(() => undefined);
    else if ((untold.attempts >= this.tellEvery || now - untold.since >= this.syncMs) && !this.telling.has(key)) void this.tell(key).catch(() => undefined);
    // Rejects (with when to retry) once the fleet's count, as last heard, and ours exceed the budget.
    return this.local.consume(key, 0);
  }

  /**
   * A key with untold attempts tells them at its next attempt once `syncMs` passed; one that made
   * none since then holds only attempts that have left the window by now.
   */
  private forgetAged(): void {
    const agedBefore = Date.now() - this.syncMs - WINDOW_MS;
    for (const [key, untold] of this.untold) if (untold.since < agedBefore && !this.telling.has(key)) this.untold.delete(key);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** Tells every key's untold attempts now (tests, tools); a store that does not answer is told with a later attempt. */
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
    const told = this.untold.get(key);
    if (!told) return;
    this.untold.delete(key);
    let total: RateLimiterRes;
    try {
      total = await this.shared.penalty(key, told.attempts);
    } catch (error) {
      const meanwhile = this.untold.get(key);
      this.untold.set(key, { attempts: told.attempts + (meanwhile?.attempts ?? 0), since: told.since });
      throw error;
    }
    // The fleet's count includes ours up to now; attempts counted here meanwhile come on top.
    const countedMeanwhile = this.untold.get(key)?.attempts ?? 0;
    const seconds = total.msBeforeNext > 0 ? total.msBeforeNext / 1000 : 60;
    await this.local.set(key, total.consumedPoints + countedMeanwhile, Math.max(0.001, seconds));
  }
}
