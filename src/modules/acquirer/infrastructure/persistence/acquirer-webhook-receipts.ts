import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { DynamoTables, UnitOfWork, isDataConflict } from '../../../data/index.js';

interface ReceiptRecord extends Item {
  eventId: string;
  receivedAt: string;
  expiresAt: number;
}

const RETENTION_SECONDS = 30 * 24 * 3600;

/** The acquirer deliveries already received: the receipt and what it raises commit together. */
@Injectable()
export class AcquirerWebhookReceipts {
  private readonly receipts: ModelType<ReceiptRecord>;

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
  ) {
    this.receipts = tables.define<ReceiptRecord>(
      'acquirer_webhook_receipts',
      new dynamoose.Schema({ eventId: { type: String, hashKey: true }, receivedAt: String, expiresAt: Number }, { saveUnknown: false }),
    );
  }

  /** False when this delivery id was already received (a replay). */
  async record(eventId: string, events: DomainEvent[]): Promise<boolean> {
    const now = new Date();
    try {
      await this.unitOfWork.commit(
        [this.receipts.transaction.create({ eventId, receivedAt: now.toISOString(), expiresAt: Math.floor(now.getTime() / 1000) + RETENTION_SECONDS }, { overwrite: false })],
        events,
      );
      return true;
    } catch (error) {
      if (isDataConflict(error)) return false;
      throw error;
    }
  }
}
