import { Inject, Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import { OUTBOX_MODEL } from './outbox.tokens.js';
import { OutboxRecord, UNAUDITED_INDEX, UNFORWARDED_INDEX } from './outbox.model.js';
import type { WriteItem } from './unit-of-work.js';

/** A consumer of the event log that must see every committed event exactly once: the audit log, the EventBridge forwarder. */
export type OutboxConsumer = 'audit' | 'eventbridge';

const MARKER: Record<OutboxConsumer, { attribute: 'unaudited' | 'unforwarded'; index: string }> = {
  audit: { attribute: 'unaudited', index: UNAUDITED_INDEX },
  eventbridge: { attribute: 'unforwarded', index: UNFORWARDED_INDEX },
};

/** A committed event as the log keeps it, with who caused it. */
export interface LoggedEvent {
  eventId: string;
  eventType: string;
  aggregateId: string;
  occurredAt: string;
  payload: Record<string, unknown>;
  actorId?: string;
  actorRoles: string[];
  requestId?: string;
}

/**
 * The event log read by consumers: each committed event carries one marker per consumer until that
 * consumer acknowledges it (a sparse index lists what is left, oldest first). A consumer that
 * acknowledges in the same transaction as its own write sees each event exactly once, after a crash too.
 */
@Injectable()
export class OutboxFeed {
  constructor(@Inject(OUTBOX_MODEL) private readonly outbox: ModelType<OutboxRecord>) {}

  async unacknowledged(consumer: OutboxConsumer, limit: number): Promise<LoggedEvent[]> {
    const { attribute, index } = MARKER[consumer];
    const records = await this.outbox.query(attribute).eq('1').using(index).sort('ascending').limit(limit).exec();
    return records.map(toLoggedEvent);
  }

  /** A transaction item removing the consumer's marker; fails the transaction if another instance acknowledged first. */
  acknowledgement(consumer: OutboxConsumer, eventId: string): WriteItem {
    const { attribute } = MARKER[consumer];
    return this.outbox.transaction.update({ eventId }, { $REMOVE: [attribute] }, { condition: new dynamoose.Condition(attribute).exists() });
  }

  async acknowledge(consumer: OutboxConsumer, eventIds: string[]): Promise<void> {
    for (let start = 0; start < eventIds.length; start += 100) {
      const chunk = eventIds.slice(start, start + 100);
      await dynamoose.transaction(chunk.map((eventId) => this.outbox.transaction.update({ eventId }, { $REMOVE: [MARKER[consumer].attribute] })));
    }
  }

  /** Raw access for tests and tools: the stored record of one event. */
  async find(eventId: string): Promise<LoggedEvent | undefined> {
    const record = await this.outbox.get({ eventId });
    return record ? toLoggedEvent(record) : undefined;
  }
}

function toLoggedEvent(record: OutboxRecord): LoggedEvent {
  return {
    eventId: record.eventId,
    eventType: record.eventType,
    aggregateId: record.aggregateId,
    occurredAt: record.occurredAt,
    payload: JSON.parse(record.payload) as Record<string, unknown>,
    ...(record.actorId ? { actorId: record.actorId } : {}),
    actorRoles: record.actorRoles ? record.actorRoles.split(',').filter(Boolean) : [],
    ...(record.requestId ? { requestId: record.requestId } : {}),
  };
}
