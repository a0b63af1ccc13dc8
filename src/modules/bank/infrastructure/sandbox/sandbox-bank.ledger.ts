import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { EnvelopeCipher } from '../../../../shared/crypto/index.js';
import { DynamoTables, UnitOfWork, isDataConflict } from '../../../data/index.js';

interface AccountRecord extends Item {
  iban: string;
  balance: string;
  version: number;
  updatedAt: string;
}

interface EntryRecord extends Item {
  transactionId: string;
  iban: string;
  direction: 'credit' | 'debit';
  amount: string;
  currency: string;
  reference: string;
  counterpartyIbanEnc: string;
  counterpartyNameEnc: string;
  endToEndId: string;
  bookedAt: string;
}

export interface OutgoingWebhookRecord extends Item {
  id: string;
  body: string;
  pending?: string;
  attempts: number;
  nextAttemptAt: number;
  deliveredAt?: string;
  createdAt: string;
}

export interface BookedCredit {
  transactionId: string;
  webhookId: string;
  endToEndId: string;
  bookedAt: string;
}

/**
 * The sandbox bank's own books: accounts with balances, a journal of entries, and the webhooks it
 * owes the platform. A booking, its balance change and its notification commit together, as a
 * core-banking system would.
 */
@Injectable()
export class SandboxBankLedger {
  readonly accounts: ModelType<AccountRecord>;
  readonly entries: ModelType<EntryRecord>;
  readonly webhooks: ModelType<OutgoingWebhookRecord>;

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
    private readonly cipher: EnvelopeCipher,
  ) {
    this.accounts = tables.define<AccountRecord>(
      'sandbox_bank_accounts',
      new dynamoose.Schema({ iban: { type: String, hashKey: true }, balance: String, version: Number, updatedAt: String }, { saveUnknown: false }),
    );
    this.entries = tables.define<EntryRecord>(
      'sandbox_bank_entries',
      new dynamoose.Schema(
        {
          transactionId: { type: String, hashKey: true },
          iban: String,
          direction: String,
          amount: String,
          currency: String,
          reference: String,
          counterpartyIbanEnc: String,
          counterpartyNameEnc: String,
          endToEndId: String,
          bookedAt: String,
        },
        { saveUnknown: false },
      ),
    );
    this.webhooks = tables.define<OutgoingWebhookRecord>(
      'sandbox_bank_webhooks',
      new dynamoose.Schema(
        {
          id: { type: String, hashKey: true },
          body: String,
          pending: { type: String, index: { name: 'pending-index', type: 'global' } },
          attempts: Number,
          nextAttemptAt: Number,
          deliveredAt: String,
          createdAt: String,
        },
        { saveUnknown: false },
      ),
    );
  }

  async balance(iban: string): Promise<bigint> {
    const account = await this.accounts.get({ iban }, { consistent: true });
    return BigInt(account?.balance ?? '0');
  }

  /** Books a credit on `iban` and queues the `credit.received` notification in the same transaction. */
  async bookCredit(input: {
    iban: string;
    amount: bigint;
    currency: string;
    reference: string;
    debtorIban: string;
    debtorName: string;
  }): Promise<BookedCredit> {
    const transactionId = `sbx_${randomUUID().replace(/-/g, '')}`;
    const endToEndId = `E2E${Date.now().toString(36).toUpperCase()}${randomUUID().slice(0, 8).toUpperCase()}`;
    const bookedAt = new Date().toISOString();
    const context = `sandbox-bank:${transactionId}`;
    const webhookId = `evt_${randomUUID().replace(/-/g, '')}`;
    const body = JSON.stringify({
      id: webhookId,
      type: 'credit.received',
      createdAt: bookedAt,
      data: {
        transactionId,
        amount: input.amount.toString(),
        currency: input.currency,
        reference: input.reference,
        debtorIban: input.debtorIban,
        debtorName: input.debtorName,
        bookedAt,
      },
    });
    for (let attempt = 0; ; attempt++) {
      const account = await this.accounts.get({ iban: input.iban }, { consistent: true });
      const version = account?.version ?? 0;
      const balanceWrite = account
        ? this.accounts.transaction.update(
            { iban: input.iban },
            { balance: (BigInt(account.balance) + input.amount).toString(), version: version + 1, updatedAt: bookedAt },
            { condition: new dynamoose.Condition('version').eq(version) },
          )
        : this.accounts.transaction.create(
            { iban: input.iban, balance: input.amount.toString(), version: 1, updatedAt: bookedAt },
            { overwrite: false },
          );
      try {
        await this.unitOfWork.commit([
          balanceWrite,
          this.entries.transaction.create({
            transactionId,
            iban: input.iban,
            direction: 'credit',
            amount: input.amount.toString(),
            currency: input.currency,
            reference: input.reference,
            counterpartyIbanEnc: this.cipher.encrypt(input.debtorIban, `${context}:iban`),
            counterpartyNameEnc: this.cipher.encrypt(input.debtorName, `${context}:name`),
            endToEndId,
            bookedAt,
          }),
          this.webhooks.transaction.create({ id: webhookId, body, pending: '1', attempts: 0, nextAttemptAt: 0, createdAt: bookedAt }),
        ]);
        return { transactionId, webhookId, endToEndId, bookedAt };
      } catch (error) {
        // Another booking moved the balance first: read it again.
        if (isDataConflict(error) && attempt < 20) continue;
        throw error;
      }
    }
  }
}
