import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import type { DynamoTables } from '../dynamo-tables.js';
import { GroupRead } from './group-read.js';
import { UnitOfWork, type WriteItem, isDataConflict } from './unit-of-work.js';

interface WebhookReceiptRecord extends Item {
  eventId: string;
  receivedAt: string;
  /** Epoch seconds: kept long after any sender would retry. */
  expiresAt: number;
}

const RECEIPT_RETENTION_SECONDS = 30 * 24 * 3600;

/**
 * The deliveries of one webhook sender already received, by delivery id: a second delivery of
 * the same id is a replay. The receipt commits in the same transaction as what the delivery
 * changes, so a delivery is taken exactly once.
 */
export abstract class WebhookReceiptStore {
  private readonly receipts: ModelType<WebhookReceiptRecord>;
  /** Deliveries arriving together ask whether they were seen in one consistent BatchGetItem. */
  private readonly byEventId: GroupRead<WebhookReceiptRecord>;

  protected constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
    tableName: string,
  ) {
    this.receipts = tables.define<WebhookReceiptRecord>(
      tableName,
      new dynamoose.Schema({ eventId: { type: String, hashKey: true }, receivedAt: String, expiresAt: Number }, { saveUnknown: false }),
    );
    this.byEventId = new GroupRead(this.receipts, 'eventId', true);
  }

  /** The receipt as a write, to commit together with what the delivery changes. */
  write(eventId: string): WriteItem {
    const now = new Date();
    return this.receipts.transaction.create(
      { eventId, receivedAt: now.toISOString(), expiresAt: Math.floor(now.getTime() / 1000) + RECEIPT_RETENTION_SECONDS },
      { overwrite: false },
    );
  }

  async seen(eventId: string): Promise<boolean> {
    return Boolean(await this.byEventId.get(eventId));
  }

  /** Records a delivery with the events it raises; false when it was already recorded (a replay). */
  async record(eventId: string, events: DomainEvent[] = []): Promise<boolean> {
    try {
      await this.unitOfWork.commit([this.write(eventId)], events);
      return true;
    } catch (error) {
      if (isDataConflict(error)) return false;
      throw error;
    }
  }
}
