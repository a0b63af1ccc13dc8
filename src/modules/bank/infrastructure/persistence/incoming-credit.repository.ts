import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { EnvelopeCipher } from '../../../../shared/crypto/index.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { DynamoTables, GroupCommit, isDataConflict, stringAttributes } from '../../../data/index.js';
import { WebhookReceipts } from './webhook-receipts.js';

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

@Injectable()
export class IncomingCreditRepository {
  private readonly credits: ModelType<IncomingCreditRecord>;

  constructor(
    tables: DynamoTables,
    private readonly groupCommit: GroupCommit,
    private readonly cipher: EnvelopeCipher,
    private readonly receipts: WebhookReceipts,
  ) {
    this.credits = tables.define<IncomingCreditRecord>(
      'bank_incoming_credits',
      new dynamoose.Schema(
        {
          transactionId: { type: String, hashKey: true },
          ...stringAttributes('eventId', 'amount', 'currency', 'reference', 'debtorIbanEnc', 'debtorNameEnc', 'bookedAt', 'receivedAt'),
        },
        { saveUnknown: false },
      ),
    );
  }

  /**
   * Records the delivery and the credit exactly once: a delivery already seen is a replay; a new
   * delivery of a credit already recorded (the bank re-sent it under a new id) changes nothing.
   */
  async record(credit: IncomingCredit, events: DomainEvent[]): Promise<RecordOutcome> {
    const now = new Date();
    const context = `bank:credit:${credit.transactionId}`;
    try {
      // Deliveries arriving together share transactions; one credit's deliveries (its transaction id) never do.
      await this.groupCommit.commit(
        [
          this.receipts.write(credit.eventId),
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
        credit.transactionId,
        events,
      );
      return 'recorded';
    } catch (error) {
      if (!isDataConflict(error)) throw error;
    }
    if (await this.receipts.seen(credit.eventId)) return 'replayed';
    return (await this.receipts.record(credit.eventId)) ? 'duplicate-credit' : 'replayed';
  }

  /** Whether the credit with the bank's `transactionId` is on record (by webhook or by statement). */
  async has(transactionId: string): Promise<boolean> {
    return (await this.credits.get({ transactionId }, { consistent: true })) !== undefined;
  }

  /** The sender of a credit, decrypted: only to send the money back to them. */
  async debtorOf(transactionId: string): Promise<{ iban: string; name: string; amount: bigint } | undefined> {
    const credit = await this.credits.get({ transactionId }, { consistent: true });
    if (!credit) return undefined;
    const context = `bank:credit:${transactionId}`;
    return {
      iban: this.cipher.decryptText(credit.debtorIbanEnc, `${context}:iban`),
      name: this.cipher.decryptText(credit.debtorNameEnc, `${context}:name`),
      amount: BigInt(credit.amount),
    };
  }
}
