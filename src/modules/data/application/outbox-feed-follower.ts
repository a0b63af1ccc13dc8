import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EventBus } from '@nestjs/cqrs';
import type { Subscription } from 'rxjs';
import { IdleBackoff } from '../../../shared/state-machine/index.js';

export interface FollowTiming {
  /** The safety net: how often it looks even when nothing was published here. */
  intervalMs: number;
  /** How long after a published event it looks (the outbox index is eventually consistent). */
  wakeDelayMs: number;
  /** Whether this instance follows for the fleet now (FleetLeases.onDuty); any instance catches up when asked. */
  onDuty?: () => boolean;
  /** Passes that find nothing back off up to this long (an event published here wakes it at once); 5 s unless told. */
  idleMaxMs?: number;
}

/**
 * A reader of the outbox feed that keeps up with commits: it looks a moment after any event this
 * process publishes and on an interval for what other instances committed. One pass at a time;
 * shutdown waits for the pass in progress. Subclasses say what a pass does.
 */
export abstract class OutboxFeedFollower implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;
  private soon?: NodeJS.Timeout;
  private pass?: Promise<void>;
  private next?: Promise<void>;
  private events?: Subscription;
  private stopped = false;
  private readonly backoff: IdleBackoff;

  protected constructor(
    private readonly eventBus: EventBus,
    private readonly timing: FollowTiming,
  ) {
    this.backoff = new IdleBackoff(timing.intervalMs, timing.idleMaxMs ?? 5_000);
  }

  /** Handles what is pending now; false when it found nothing (the safety-net passes then back off). A failure is logged by the caller and retried on the next pass. */
  protected abstract catchUp(): Promise<boolean>;

  /** False when the follower has nowhere to deliver (it then never starts). */
  protected isEnabled(): boolean {
    return true;
  }

  protected get isStopped(): boolean {
    return this.stopped;
  }

  onApplicationBootstrap(): void {
    if (!this.isEnabled()) return;
    const onDuty = this.timing.onDuty ?? (() => true);
    this.timer = setInterval(() => onDuty() && this.backoff.due() && void this.sweep(), this.timing.intervalMs);
    this.events = this.eventBus.subscribe(() => {
      this.backoff.wake();
      this.soon ??= setTimeout(() => {
        this.soon = undefined;
        if (onDuty()) void this.sweep();
      }, this.timing.wakeDelayMs);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.soon);
    this.events?.unsubscribe();
    await this.pass;
  }

  /**
   * Catches up now; resolves when done (tests and operators' routes call it to read their writes).
   * A pass already running may have read the feed before the caller's write: the caller then waits
   * for the next one, which starts after it.
   */
  sweep(): Promise<void> {
    if (this.stopped || !this.isEnabled()) return Promise.resolve();
    if (this.pass) return (this.next ??= this.pass.then(() => {
      this.next = undefined;
      return this.sweep();
    }));
    this.pass = this.catchUp()
      .then((found) => this.backoff.done(found))
      .catch((error: unknown) => {
        this.backoff.done(true);
        this.logger.warn({ err: error }, 'outbox follower pass failed; the next one tries again');
      })
      .finally(() => (this.pass = undefined));
    return this.pass;
  }
}
