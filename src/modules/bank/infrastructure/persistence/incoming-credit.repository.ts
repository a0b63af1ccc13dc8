import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { EnvelopeCipher } from '../../../../shared/crypto/index.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { DynamoTables, UnitOfWork, isDataConflict } from '../../../data/index.js';

interface IncomingCreditRecord extends Item {
  transactionId: string;
  eventId: string;
  amount: string;
  currency: string;
  reference: string;
  debtorIbanEnc: string;
  debtorNameEnc: string;
  bookedAt: string;
  receivedAt: string;
}

interface WebhookReceiptRecord extends Item {
  eventId: string;
  receivedAt: string;
  /** Epoch seconds: DynamoDB's TTL removes receipts long after any sender would retry. */
  expiresAt: number;
}

export interface IncomingCredit {
  transactionId: string;
  eventId: string;
  amount: bigint;
  currency: string;
  reference: string;
  debtorIban: string;
  debtorName: string;
  bookedAt: string;
}

export type RecordOutcome = 'recorded' | 'replayed' | 'duplicate-credit';

const RECEIPT_RETENTION_SECONDS = 30 * 24 * 3600;

@Injectable()
export class IncomingCreditRepository {
  private readonly credits: ModelType<IncomingCreditRecord>;
  private readonly receipts: ModelType<WebhookReceiptRecord>;

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
    private readonly cipher: EnvelopeCipher,
  ) {
    this.credits = tables.define<IncomingCreditRecord>(
      'bank_incoming_credits',
      new dynamoose.Schema(
        {
          transactionId: { type: String, hashKey: true },
          eventId: String,
          amount: String,
          currency: String,
          reference: String,
          debtorIbanEnc: String,
          debtorNameEnc: String,
          bookedAt: String,
          receivedAt: String,
        },
        { saveUnknown: false },
      ),
    );
    this.receipts = tables.define<WebhookReceiptRecord>(
      'bank_webhook_receipts',
      new dynamoose.Schema({ eventId: { type: String, hashKey: true }, receivedAt: String, expiresAt: Number }, { saveUnknown: false }),
    );
  }

  /**
   * Records the delivery and the credit exactly once: a delivery already seen is a replay; a new
   * delivery of a credit already recorded (the bank re-sent it under a new id) changes nothing.
   */
  async record(credit: IncomingCredit, events: DomainEvent[]): Promise<RecordOutcome> {
    const now = new Date();
    const receipt = this.receipts.transaction.create(
      { eventId: credit.eventId, receivedAt: now.toISOString(), expiresAt: Math.floor(now.getTime() / 1000) + RECEIPT_RETENTION_SECONDS },
      { overwrite: false },
    );
    const context = `bank:credit:${credit.transactionId}`;
    try {
      await this.unitOfWork.commit(
        [
          receipt,
          this.credits.transaction.create(
            {
              transactionId: credit.transactionId,
              eventId: credit.eventId,
              amount: credit.amount.toString(),
              currency: credit.currency,
              reference: credit.reference,
              debtorIbanEnc: this.cipher.encrypt(credit.debtorIban, `${context}:iban`),
              debtorNameEnc: this.cipher.encrypt(credit.debtorName, `${context}:name`),
              bookedAt: credit.bookedAt,
              receivedAt: now.toISOString(),
            },
            { overwrite: false },
          ),
        ],
        events,
      );
      return 'recorded';
    } catch (error) {
      if (!isDataConflict(error)) throw error;
    }
    if (await this.receipts.get({ eventId: credit.eventId }, { consistent: true })) return 'replayed';
    try {
      await this.unitOfWork.commit([receipt]);
      return 'duplicate-credit';
    } catch (error) {
      if (isDataConflict(error)) return 'replayed';
      throw error;
    }
  }
}
