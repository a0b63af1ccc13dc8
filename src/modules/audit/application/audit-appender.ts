import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import type { Subscription } from 'rxjs';
import { FleetLeases, type LoggedEvent, OutboxFeed, isConditionFailure } from '../../data/index.js';
import { type AuditEntryContent, chainEntries } from '../domain/audit-entry.js';
import { AuditLogRepository } from '../infrastructure/persistence/audit-log.repository.js';

export const AUDIT_PARTITION = 'main';
/** DynamoDB takes 100 items per transaction: the head, and per event its entry and its outbox acknowledgement. */
const EVENTS_PER_APPEND = 49;
const SWEEP_INTERVAL_MS = 1_000;
const MAX_BATCHES_PER_SWEEP = 40;

/**
 * Appends every committed event to the hash-chained audit log, exactly once: the entries, the new
 * head and the outbox acknowledgements commit in one transaction conditional on the head, so a
 * crash or a second instance can neither skip, repeat nor fork anything.
 */
@Injectable()
export class AuditAppender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AuditAppender.name);
  private timer?: NodeJS.Timeout;
  private soon?: NodeJS.Timeout;
  private sweeping?: Promise<void>;
  private events?: Subscription;
  private stopped = false;

  constructor(
    private readonly feed: OutboxFeed,
    private readonly log: AuditLogRepository,
    private readonly eventBus: EventBus,
    private readonly leases: FleetLeases,
  ) {}

  onApplicationBootstrap(): void {
    // One instance of the fleet appends on its own (the one on duty); any may catch up on request.
    this.timer = setInterval(() => this.leases.onDuty && void this.sweep(), SWEEP_INTERVAL_MS);
    // A published event means something was committed: look a moment later (the index is eventually consistent).
    this.events = this.eventBus.subscribe(() => {
      this.soon ??= setTimeout(() => {
        this.soon = undefined;
        if (this.leases.onDuty) void this.sweep();
      }, 150);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.soon);
    this.events?.unsubscribe();
    await this.sweeping;
  }

  /** Appends what is pending now; resolves when done (tests and the verify route call it to catch up). */
  sweep(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    this.sweeping ??= this.appendPending().finally(() => (this.sweeping = undefined));
    return this.sweeping;
  }

  private async appendPending(): Promise<void> {
    try {
      for (let batch = 0; batch < MAX_BATCHES_PER_SWEEP && !this.stopped; batch++) {
        const events = await this.feed.unacknowledged('audit', EVENTS_PER_APPEND);
        if (events.length === 0) return;
        const head = await this.log.head(AUDIT_PARTITION);
        const recordedAt = new Date().toISOString();
        const entries = chainEntries(head, events.map((event) => toContent(event, recordedAt)));
        try {
          await this.log.append(AUDIT_PARTITION, head, entries, events.map((event) => this.feed.acknowledgement('audit', event.eventId)));
        } catch (error) {
          // Another instance appended first (head moved or the events are acknowledged): read again next time.
          if (isConditionFailure(error)) return;
          throw error;
        }
        if (events.length < EVENTS_PER_APPEND) return;
      }
    } catch (error) {
      this.logger.warn({ err: error }, 'audit append failed; will retry');
    }
  }
}

const CUSTOMER_FIELDS = ['customerId', 'senderId'] as const;

function toContent(event: LoggedEvent, recordedAt: string): Omit<AuditEntryContent, 'seq'> {
  const payload = event.payload;
  const customerId = CUSTOMER_FIELDS.map((field) => payload[field]).find((value): value is string => typeof value === 'string');
  const counterpartyId = typeof payload.recipientId === 'string' ? payload.recipientId : undefined;
  const actorIsCustomer = event.actorId && event.actorRoles.length === 1 && event.actorRoles[0] === 'customer';
  return {
    partition: AUDIT_PARTITION,
    eventId: event.eventId,
    type: event.eventType,
    aggregateId: event.aggregateId,
    ...(customerId ? { customerId } : actorIsCustomer ? { customerId: event.actorId } : {}),
    ...(counterpartyId ? { counterpartyId } : {}),
    actor: event.actorId ?? 'system',
    actorRoles: event.actorRoles,
    ...(event.requestId ? { requestId: event.requestId } : {}),
    occurredAt: event.occurredAt,
    recordedAt,
    data: JSON.stringify(payload),
  };
}
