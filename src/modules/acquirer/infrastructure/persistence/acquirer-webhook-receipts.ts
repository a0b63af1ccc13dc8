import { Injectable } from '@nestjs/common';
import { DynamoTables, UnitOfWork, WebhookReceiptStore } from '../../../data/index.js';

/** The acquirer deliveries already received: the receipt and what it raises commit together. */
@Injectable()
export class AcquirerWebhookReceipts extends WebhookReceiptStore {
  constructor(tables: DynamoTables, unitOfWork: UnitOfWork) {
    super(tables, unitOfWork, 'acquirer_webhook_receipts');
  }
}
