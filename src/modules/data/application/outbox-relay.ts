import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventBus, UnhandledExceptionBus } from '@nestjs/cqrs';
import type { Subscription } from 'rxjs';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import { DomainEvent, deserializeEvent } from '../../../shared/events/index.js';
import { IdleBackoff } from '../../../shared/state-machine/index.js';
import { OUTBOX_MODEL } from '../infrastructure/persistence/outbox.tokens.js';
import { FleetLeases } from './fleet-leases.js';
import { OutboxRecord, PENDING_INDEX } from '../infrastructure/persistence/outbox.model.js';

const SWEEP_INTERVAL_MS = 1_000;
/** Handlers run in the background; an event is marked delivered only once they had time to finish. */
const SETTLE_MS = 5_000;
/**
 * Events younger than this are left to the instance that committed them (it publishes them at once
 * and marks them delivered after SETTLE_MS); older ones still pending lost their publisher.
 */
const REDELIVERY_GRACE_MS = SETTLE_MS + 3 * SWEEP_INTERVAL_MS;
/** DynamoDB takes at most 100 items per transaction. */
const MARKS_PER_TRANSACTION = 100;
/** With nothing pending, the sweep waits up to this long (new events wake it; this is the safety net). */
const IDLE_MAX_MS = 30_000;

/**
 * Delivers committed events to the in-process bus at least once (EventBridge and the audit log read
 * the outbox on their own: see OutboxFeed).
 * An event stays pending in the outbox until it has been published and its handlers had time to
 * run: each instance publishes what it commits and marks it delivered from memory (no read). The
 * instance on duty for the fleet (FleetLeases) reads the pending index to publish again what a
 * crashed instance or a failed handler left behind; coming on duty (a boot, a takeover), it
 * publishes everything pending. Handlers are idempotent.
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
  private wasOnDuty = false;

  constructor(
    @Inject(OUTBOX_MODEL) private readonly outbox: ModelType<OutboxRecord>,
    private readonly leases: FleetLeases,
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
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
    void this.sweep();
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

  private async sweep(): Promise<void> {
    if (this.sweeping || !this.started) return;
    this.sweeping = true;
    try {
      const now = Date.now();
      const settled = [...this.publishedAt].filter(([, publishedAt]) => now - publishedAt > SETTLE_MS).map(([eventId]) => eventId);
      await this.markDelivered(settled);
      const onDuty = this.leases.onDuty;
      const tookOver = onDuty && !this.wasOnDuty;
      this.wasOnDuty = onDuty;
      if (onDuty && (tookOver || this.backoff.due())) await this.redeliver(tookOver);
    } catch (error) {
      this.backoff.done(true);
      this.logger.warn({ err: error }, 'outbox sweep failed');
    } finally {
      this.sweeping = false;
    }
  }

  /** Publishes again what is still pending and is not this instance's to mark; `everything` after a boot or a takeover. */
  private async redeliver(everything: boolean): Promise<void> {
    const pending = await this.outbox.query('pending').eq('1').using(PENDING_INDEX).limit(500).exec();
    this.backoff.done(pending.length > 0);
    const now = Date.now();
    for (const record of pending) {
      if (this.publishedAt.has(record.eventId)) continue;
      if (everything || now - Date.parse(record.occurredAt) > REDELIVERY_GRACE_MS) {
        await this.publish(deserializeEvent({ ...record, payload: JSON.parse(record.payload) }));
      }
    }
  }
}
