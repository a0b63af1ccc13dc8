import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { EnvelopeCipher } from '../../../../shared/crypto/index.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { DynamoTables, UnitOfWork, type WriteItem, isDataConflict, stringAttributes } from '../../../data/index.js';
import { PAYOUT_STATUS_RANK, type Payout, type PayoutStatus } from '../../domain/payout.js';

interface PayoutRecord extends Item {
  payoutId: string;
  amount: string;
  reference: string;
  status: PayoutStatus;
  creditorIbanEnc: string;
  creditorNameEnc: string;
  endToEndId?: string;
  reason?: string;
  createdAt: string;
  updatedAt: string;
}

@Injectable()
export class PayoutRepository {
  private readonly payouts: ModelType<PayoutRecord>;

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
    private readonly cipher: EnvelopeCipher,
  ) {
    this.payouts = tables.define<PayoutRecord>(
      'bank_payouts',
      new dynamoose.Schema(
        {
          payoutId: { type: String, hashKey: true },
          ...stringAttributes('amount', 'reference', 'status', 'creditorIbanEnc', 'creditorNameEnc', 'endToEndId', 'reason', 'createdAt', 'updatedAt'),
        },
        { saveUnknown: false },
      ),
    );
  }

  /** Records the payout as requested before the bank is asked; false when this id already exists. */
  async createIfAbsent(payout: { payoutId: string; amount: bigint; reference: string; creditorIban: string; creditorName: string }): Promise<boolean> {
    const now = new Date().toISOString();
    const context = `bank:payout:${payout.payoutId}`;
    try {
      await this.unitOfWork.commit([
        this.payouts.transaction.create(
          {
            payoutId: payout.payoutId,
            amount: payout.amount.toString(),
            reference: payout.reference,
            status: 'requested',
            creditorIbanEnc: this.cipher.encrypt(payout.creditorIban, `${context}:iban`),
            creditorNameEnc: this.cipher.encrypt(payout.creditorName, `${context}:name`),
            createdAt: now,
            updatedAt: now,
          },
          { overwrite: false },
        ),
      ]);
      return true;
    } catch (error) {
      if (isDataConflict(error)) return false;
      throw error;
    }
  }

  async get(payoutId: string): Promise<Payout | undefined> {
    const record = await this.payouts.get({ payoutId }, { consistent: true });
    return record ? toPayout(record) : undefined;
  }

  async creditor(payoutId: string): Promise<{ iban: string; name: string } | undefined> {
    const record = await this.payouts.get({ payoutId }, { consistent: true });
    if (!record) return undefined;
    const context = `bank:payout:${payoutId}`;
    return { iban: this.cipher.decryptText(record.creditorIbanEnc, `${context}:iban`), name: this.cipher.decryptText(record.creditorNameEnc, `${context}:name`) };
  }

  /**
   * Moves the payout forward to `to` (never back: a late `payout.sent` after `payout.settled`
   * changes nothing); false when it is already there or beyond. Extra writes (a webhook receipt)
   * and the events commit with it.
   */
  async advance(payout: Payout, to: PayoutStatus, changes: { endToEndId?: string; reason?: string }, events: DomainEvent[], extra: WriteItem[] = []): Promise<boolean> {
    if (PAYOUT_STATUS_RANK[payout.status] >= PAYOUT_STATUS_RANK[to]) return false;
    try {
      await this.unitOfWork.commit(
        [
          ...extra,
          this.payouts.transaction.update(
            { payoutId: payout.payoutId },
            { ...changes, status: to, updatedAt: new Date().toISOString() },
            { condition: new dynamoose.Condition('status').eq(payout.status) },
          ),
        ],
        events,
      );
      return true;
    } catch (error) {
      if (isDataConflict(error)) return false;
      throw error;
    }
  }
}

function toPayout(record: PayoutRecord): Payout {
  return {
    payoutId: record.payoutId,
    amount: BigInt(record.amount),
    reference: record.reference,
    status: record.status,
    ...(record.endToEndId ? { endToEndId: record.endToEndId } : {}),
    ...(record.reason ? { reason: record.reason } : {}),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
