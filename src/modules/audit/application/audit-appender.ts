import { Injectable } from '@nestjs/common';
import { EventBus } from '@nestjs/cqrs';
import { FleetLeases, type LoggedEvent, OutboxFeed, OutboxFeedFollower, isConditionFailure } from '../../data/index.js';
import { type AuditEntryContent, chainEntries } from '../domain/audit-entry.js';
import { AuditLogRepository } from '../infrastructure/persistence/audit-log.repository.js';

export const AUDIT_PARTITION = 'main';
/** DynamoDB takes 100 items per transaction: the head, and per event its entry and its outbox acknowledgement. */
const EVENTS_PER_APPEND = 49;
const SWEEP_INTERVAL_MS = 1_000;
const WAKE_DELAY_MS = 1_000;
const MAX_BATCHES_PER_SWEEP = 40;

/**
 * Appends every committed event to the hash-chained audit log, exactly once: the entries, the new
 * head and the outbox acknowledgements commit in one transaction conditional on the head, so a
 * crash or a second instance can neither skip, repeat nor fork anything.
 */
@Injectable()
export class AuditAppender extends OutboxFeedFollower {
  /**
   * The head this instance last wrote: the next append is conditional on it anyway, so it need not
   * be read again. Forgotten on any failure (another instance appended, or the outcome is unknown).
   */
  private knownHead?: { seq: number; hash: string };

  constructor(
    private readonly feed: OutboxFeed,
    private readonly log: AuditLogRepository,
    eventBus: EventBus,
    leases: FleetLeases,
  ) {
    // One instance of the fleet appends on its own (the one on duty); any catches up on request
    // (the audit routes do, so operators read their own actions). Events published here wake it
    // after a second, so that under load one append carries many events; the idle interval only
    // catches other instances' events.
    super(eventBus, { intervalMs: SWEEP_INTERVAL_MS, wakeDelayMs: WAKE_DELAY_MS, onDuty: () => leases.onDuty, idleMaxMs: 30_000 });
  }

  protected async catchUp(): Promise<boolean> {
    for (let batch = 0; batch < MAX_BATCHES_PER_SWEEP && !this.isStopped; batch++) {
      const events = await this.feed.unacknowledged('audit', EVENTS_PER_APPEND);
      if (events.length === 0) return batch > 0;
      const head = this.knownHead ?? (await this.log.head(AUDIT_PARTITION));
      const recordedAt = new Date().toISOString();
      const entries = chainEntries(head, events.map((event) => toContent(event, recordedAt)));
      try {
        await this.log.append(AUDIT_PARTITION, head, entries, events.map((event) => this.feed.acknowledgement('audit', event.eventId)));
      } catch (error) {
        this.knownHead = undefined;
        // Another instance appended first (head moved or the events are acknowledged): read again next time.
        if (isConditionFailure(error)) return true;
        throw error;
      }
      const last = entries[entries.length - 1];
      this.knownHead = { seq: last.seq, hash: last.hash };
      if (events.length < EVENTS_PER_APPEND) return true;
    }
    return true;
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
