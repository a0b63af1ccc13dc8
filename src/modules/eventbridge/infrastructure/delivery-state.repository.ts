import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { DynamoTables } from '../../data/index.js';

/** An event EventBridge has refused at least once: when to try again, and why it failed. */
export interface DeliveryState {
  eventId: string;
  eventType: string;
  aggregateId: string;
  occurredAt: string;
  attempts: number;
  nextAttemptAt: string;
  lastError: string;
  /** Listed for operators once it kept failing. */
  failing: boolean;
}

interface DeliveryStateRecord extends Item, Omit<DeliveryState, 'failing'> {
  failing?: string;
}

const FAILING_INDEX = 'failing-index';

const schema = new dynamoose.Schema(
  {
    eventId: { type: String, hashKey: true },
    eventType: String,
    aggregateId: String,
    occurredAt: String,
    attempts: Number,
    nextAttemptAt: String,
    lastError: String,
    failing: { type: String, index: { name: FAILING_INDEX, type: 'global', rangeKey: 'occurredAt' } },
  },
  { saveUnknown: false },
);

@Injectable()
export class DeliveryStateRepository {
  private readonly model: ModelType<DeliveryStateRecord>;

  constructor(tables: DynamoTables) {
    this.model = tables.define<DeliveryStateRecord>('eventbridge_deliveries', schema);
  }

  async many(eventIds: string[]): Promise<Map<string, DeliveryState>> {
    const found = new Map<string, DeliveryState>();
    for (let start = 0; start < eventIds.length; start += 100) {
      const records = await this.model.batchGet(eventIds.slice(start, start + 100).map((eventId) => ({ eventId })));
      for (const record of records) found.set(record.eventId, toState(record));
    }
    return found;
  }

  async save(state: DeliveryState): Promise<void> {
    const { failing, ...rest } = state;
    await this.model.create({ ...rest, ...(failing ? { failing: '1' } : {}) } as DeliveryStateRecord, { overwrite: true });
  }

  async forget(eventIds: string[]): Promise<void> {
    for (let start = 0; start < eventIds.length; start += 25) await this.model.batchDelete(eventIds.slice(start, start + 25).map((eventId) => ({ eventId })));
  }

  /** Oldest first. */
  async failing(limit: number): Promise<DeliveryState[]> {
    const records = await this.model.query('failing').eq('1').using(FAILING_INDEX).sort('ascending').limit(limit).exec();
    return records.map(toState);
  }
}

function toState(record: DeliveryStateRecord): DeliveryState {
  return {
    eventId: record.eventId,
    eventType: record.eventType,
    aggregateId: record.aggregateId,
    occurredAt: record.occurredAt,
    attempts: record.attempts,
    nextAttemptAt: record.nextAttemptAt,
    lastError: record.lastError,
    failing: record.failing === '1',
  };
}
