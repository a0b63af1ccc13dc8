import { Logger } from '@nestjs/common';
import type { LeaseStore } from '../infrastructure/persistence/lease-store.js';
import type { LeaseRenewals } from './lease-renewals.js';

export interface LeaseHandlers {
  /** Runs once the lease is taken, before `held` turns true (e.g. reading the state to resume). */
  acquired(fence: number): Promise<void>;
  /** The lease is no longer ours (lost to another instance, not renewed in time, or released). */
  lost(): void;
}

export interface LeaseTiming {
  durationMs: number;
  /** How often the holder renews; a third of the duration unless told. */
  renewEveryMs?: number;
}

/**
 * Keeps trying to hold one named lease and renews it while held. A waiting instance reads the lease
 * once and sleeps until it would expire (one read per lease period, not a poll loop); the holder
 * renews every third of the duration. When a renewal has not succeeded by a fifth of the duration
 * before the expiry, the holder considers the lease gone before anyone else can take it.
 */
export class LeaseKeeper {
  private readonly logger = new Logger(LeaseKeeper.name);
  private timer?: NodeJS.Timeout;
  private fenceHeld?: number;
  private validUntil = 0;
  private stopped = false;

  constructor(
    private readonly store: LeaseStore,
    readonly name: string,
    readonly holder: string,
    private readonly handlers: LeaseHandlers,
    private readonly timing: LeaseTiming,
    /** Renews this lease together with the instance's others; alone when absent. */
    private readonly renewals?: LeaseRenewals,
  ) {
    renewals?.add(this);
  }

  /** The fence while the lease is held (and safely within its term); undefined otherwise. */
  get fence(): number | undefined {
    if (this.fenceHeld === undefined) return undefined;
    if (Date.now() >= this.validUntil) {
      this.drop('the lease was not renewed in time');
      return undefined;
    }
    return this.fenceHeld;
  }

  get held(): boolean {
    return this.fence !== undefined;
  }

  /** The fence a renewal carries while the lease is ours (even past its safe term: renewing may still save it). */
  get fenceToRenew(): number | undefined {
    return this.stopped ? undefined : this.fenceHeld;
  }

  /** The outcome of a renewal of this lease made along with the instance's others, started at `startedAt`. */
  renewed(fence: number, startedAt: number, stillHeld: boolean): void {
    if (this.stopped) return;
    // Dropped while the renewal was in flight (its term ran out): nothing else would take it again.
    if (this.fenceHeld !== fence) return this.fenceHeld === undefined ? this.schedule(0) : undefined;
    if (stillHeld) {
      this.validUntil = startedAt + this.timing.durationMs - this.margin;
      return this.schedule(this.renewEveryMs);
    }
    this.drop('the lease was taken over');
    this.schedule(0);
  }

  /** Resolves after the first attempt to take the lease (taken or not). */
  start(): Promise<void> {
    this.stopped = false;
    return this.round();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    const fence = this.fenceHeld;
    if (fence === undefined) return;
    this.drop('released');
    await this.store.release(this.name, this.holder, fence).catch((error) => this.logger.warn({ err: error, lease: this.name }, 'lease not released; it expires'));
  }

  private get margin(): number {
    return this.timing.durationMs / 5;
  }

  private get renewEveryMs(): number {
    return this.timing.renewEveryMs ?? this.timing.durationMs / 3;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.round(), Math.max(50, delayMs));
  }

  private async round(): Promise<void> {
    if (this.stopped) return;
    const { durationMs } = this.timing;
    const renewEveryMs = this.renewEveryMs;
    try {
      if (this.fenceHeld !== undefined && this.renewals) {
        if (!(await this.renewals.renew(this))) this.schedule(0);
        return;
      }
      if (this.fenceHeld !== undefined) {
        const startedAt = Date.now();
        if (await this.store.renew(this.name, this.holder, this.fenceHeld, durationMs, startedAt)) {
          this.validUntil = startedAt + durationMs - this.margin;
          return this.schedule(renewEveryMs);
        }
        this.drop('the lease was taken over');
      }
      const current = await this.store.read(this.name);
      const now = Date.now();
      if (current && current.holder !== this.holder && current.expiresAt >= now) {
        // Someone holds it: look again just after it would expire (a renewal pushes that further).
        return this.schedule(current.expiresAt - now + 100 + Math.random() * 200);
      }
      const fence = await this.store.acquire(this.name, this.holder, durationMs, now);
      if (fence === undefined) return this.schedule(renewEveryMs);
      await this.handlers.acquired(fence);
      this.fenceHeld = fence;
      this.validUntil = now + durationMs - this.margin;
      this.logger.log({ lease: this.name, holder: this.holder, fence }, 'lease acquired');
      this.schedule(Math.max(0, renewEveryMs - (Date.now() - now)));
    } catch (error) {
      this.logger.warn({ err: error, lease: this.name }, 'lease round failed; trying again');
      this.schedule(Math.min(1_000, renewEveryMs));
    }
  }

  private drop(why: string): void {
    if (this.fenceHeld === undefined) return;
    this.logger.warn({ lease: this.name, holder: this.holder, fence: this.fenceHeld, why }, 'lease no longer held');
    this.fenceHeld = undefined;
    this.handlers.lost();
  }
}
