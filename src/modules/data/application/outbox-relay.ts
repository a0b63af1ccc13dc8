import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventBus, UnhandledExceptionBus } from '@nestjs/cqrs';
import type { Subscription } from 'rxjs';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import { DomainEvent, deserializeEvent } from '../../../shared/events/index.js';
import { IdleBackoff } from '../../../shared/state-machine/index.js';
import { OUTBOX_MODEL } from '../infrastructure/persistence/outbox.tokens.js';
import { OutboxRecord, PENDING_INDEX } from '../infrastructure/persistence/outbox.model.js';

const SWEEP_INTERVAL_MS = 1_000;
/** Events younger than this are left to the fast path of the process that committed them. */
const FAST_PATH_GRACE_MS = 3_000;
/** Handlers run in the background; an event is marked delivered only once they had time to finish. */
const SETTLE_MS = 5_000;
/** DynamoDB takes at most 100 items per transaction. */
const MARKS_PER_TRANSACTION = 100;
/** With nothing pending, the sweep waits up to this long (new events wake it; this is the safety net). */
const IDLE_MAX_MS = 30_000;

/**
 * Delivers committed events to the in-process bus at least once (EventBridge and the audit log read
 * the outbox on their own: see OutboxFeed).
 * An event stays pending in the outbox until it has been published and its handlers had time to
 * run; after a crash, everything still pending is published again. Handlers are idempotent.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly publishedAt = new Map<string, number>();
  private timer?: NodeJS.Timeout;
  private sweeping = false;
  private started = false;
  private failures?: Subscription;
  private readonly backoff = new IdleBackoff(SWEEP_INTERVAL_MS, IDLE_MAX_MS);

  constructor(
    @Inject(OUTBOX_MODEL) private readonly outbox: ModelType<OutboxRecord>,
    private readonly eventBus: EventBus,
    private readonly unhandledExceptions: UnhandledExceptionBus,
  ) {}

  onApplicationBootstrap(): void {
    this.started = true;
    // A handler that throws leaves its event pending: it is published again on a later sweep.
    this.failures = this.unhandledExceptions.subscribe(({ cause, exception }) => {
      if (!(cause instanceof DomainEvent)) return;
      this.logger.warn({ err: exception, eventId: cause.eventId, eventType: cause.eventType }, 'event handler failed; redelivering');
      this.publishedAt.delete(cause.eventId);
    });
    this.timer = setInterval(() => {
      if (this.backoff.due()) void this.sweep();
    }, SWEEP_INTERVAL_MS);
    void this.sweep(true);
  }

  onApplicationShutdown(): void {
    this.started = false;
    clearInterval(this.timer);
    this.failures?.unsubscribe();
  }

  deliverSoon(events: DomainEvent[]): void {
    if (!this.started) return; // the first sweep after boot picks them up
    this.backoff.wake(); // they stay pending until a sweep marks them delivered
    for (const event of events) void this.publish(event);
  }

  private async publish(event: DomainEvent): Promise<void> {
    if (this.publishedAt.has(event.eventId)) return;
    this.publishedAt.set(event.eventId, Date.now());
    try {
      this.eventBus.publish(event);
    } catch (error) {
      this.publishedAt.delete(event.eventId);
      this.logger.error({ err: error, eventId: event.eventId, eventType: event.eventType }, 'event delivery failed; will retry');
    }
  }

  /** Marks delivered events a transaction of up to 100 at a time: one write for many events. */
  private async markDelivered(eventIds: string[]): Promise<void> {
    for (let start = 0; start < eventIds.length; start += MARKS_PER_TRANSACTION) {
      const chunk = eventIds.slice(start, start + MARKS_PER_TRANSACTION);
      const deliveredAt = new Date().toISOString();
      await dynamoose.transaction(chunk.map((eventId) => this.outbox.transaction.update({ eventId }, { $REMOVE: ['pending'], $SET: { deliveredAt } })));
      for (const eventId of chunk) this.publishedAt.delete(eventId);
    }
  }

  private async sweep(afterRestart = false): Promise<void> {
    if (this.sweeping || !this.started) return;
    this.sweeping = true;
    try {
      const pending = await this.outbox.query('pending').eq('1').using(PENDING_INDEX).limit(500).exec();
      this.backoff.done(pending.length > 0);
      const now = Date.now();
      const delivered: string[] = [];
      for (const record of pending) {
        const firstPublished = this.publishedAt.get(record.eventId);
        if (firstPublished === undefined) {
          if (afterRestart || now - Date.parse(record.occurredAt) > FAST_PATH_GRACE_MS) {
            await this.publish(deserializeEvent({ ...record, payload: JSON.parse(record.payload) }));
          }
        } else if (now - firstPublished > SETTLE_MS) {
          delivered.push(record.eventId);
        }
      }
      await this.markDelivered(delivered);
    } catch (error) {
      this.backoff.done(true);
      this.logger.warn({ err: error }, 'outbox sweep failed');
    } finally {
      this.sweeping = false;
    }
  }
}
