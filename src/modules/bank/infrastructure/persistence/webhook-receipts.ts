import { Injectable } from '@nestjs/common';
import { DynamoTables, UnitOfWork, WebhookReceiptStore } from '../../../data/index.js';

/** The bank deliveries already received, by delivery id. */
@Injectable()
export class WebhookReceipts extends WebhookReceiptStore {
  constructor(tables: DynamoTables, unitOfWork: UnitOfWork) {
    super(tables, unitOfWork, 'bank_webhook_receipts');
  }
}
