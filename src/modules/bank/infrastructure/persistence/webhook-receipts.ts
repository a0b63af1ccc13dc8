import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { DynamoTables, UnitOfWork, type WriteItem, isDataConflict } from '../../../data/index.js';

interface WebhookReceiptRecord extends Item {
  eventId: string;
  receivedAt: string;
  /** Epoch seconds: kept long after any sender would retry. */
  expiresAt: number;
}

const RECEIPT_RETENTION_SECONDS = 30 * 24 * 3600;

/** The bank deliveries already received, by delivery id: a second delivery of the same id is a replay. */
@Injectable()
export class WebhookReceipts {
  private readonly receipts: ModelType<WebhookReceiptRecord>;

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
  ) {
    this.receipts = tables.define<WebhookReceiptRecord>(
      'bank_webhook_receipts',
      new dynamoose.Schema({ eventId: { type: String, hashKey: true }, receivedAt: String, expiresAt: Number }, { saveUnknown: false }),
    );
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
    return Boolean(await this.receipts.get({ eventId }, { consistent: true }));
  }

  /** Records a delivery that changed nothing; false when it was already recorded (a replay). */
  async recordAlone(eventId: string): Promise<boolean> {
    try {
      await this.unitOfWork.commit([this.write(eventId)]);
      return true;
    } catch (error) {
      if (isDataConflict(error)) return false;
      throw error;
    }
  }
}
