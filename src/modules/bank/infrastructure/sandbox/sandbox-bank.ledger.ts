import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { EnvelopeCipher } from '../../../../shared/crypto/index.js';
import { OUTGOING_WEBHOOK_SCHEMA_FIELDS, type OutgoingWebhookRecord } from '../../../../shared/http/index.js';
import { DynamoTables, UnitOfWork, type WriteItem, isDataConflict, stringAttributes } from '../../../data/index.js';
import type { StatementEntryKind, StatementPage, StatementQuery } from '../../ports/bank.port.js';
import { SandboxBankBalances } from './sandbox-bank.balances.js';
import { ENTRIES_BY_BOOKING_DATE, type EntryRecord, readStatement } from './sandbox-bank.statement.js';


export interface SandboxPayoutRecord extends Item {
  payoutId: string;
  transactionId: string;
  endToEndId: string;
  iban: string;
  amount: string;
  reference: string;
  status: 'sent' | 'settled' | 'returned';
  /** Decided when booked from the creditor's IBAN (see RETURNED_PAYOUT_IBANS), so the IBAN need not be decrypted later. */
  outcome: 'settle' | 'return';
  /** Present ('1') while the payout waits for clearing; `settleAt` says when (epoch ms). */
  clearing?: string;
  settleAt: number;
  returnReason?: string;
  createdAt: string;
  updatedAt: string;
}

export interface BookedCredit {
  transactionId: string;
  /** Absent when booked without a notification. */
  webhookId?: string;
  endToEndId: string;
  bookedAt: string;
}

export interface BookedPayout {
  payoutId: string;
  transactionId: string;
  endToEndId: string;
  status: SandboxPayoutRecord['status'];
}

/** Payouts to these IBANs come back a moment later (SEPA return, reason AC04 "account closed"): the sandbox's way to test returns. */
export const RETURNED_PAYOUT_IBANS = ['NL91ABNA0417164300'];
/** A SEPA Instant-like clearing time: long enough for webhooks to race, short enough for tests. */
const CLEARING_DELAY_MS = 300;
/**
 * The sandbox bank's own books: accounts with balances, a journal of entries, payouts and the
 * webhooks it owes the platform. A booking, its balance change and its notification commit
 * together, as a core-banking system would.
 */
@Injectable()
export class SandboxBankLedger {
  private readonly balances: SandboxBankBalances;
  readonly entries: ModelType<EntryRecord>;
  readonly webhooks: ModelType<OutgoingWebhookRecord>;
  readonly payouts: ModelType<SandboxPayoutRecord>;

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
    private readonly cipher: EnvelopeCipher,
  ) {
    this.balances = new SandboxBankBalances(tables, unitOfWork);
    this.entries = tables.define<EntryRecord>(
      'sandbox_bank_entries',
      new dynamoose.Schema(
        {
          transactionId: { type: String, hashKey: true },
          iban: { type: String, index: { name: ENTRIES_BY_BOOKING_DATE, type: 'global', rangeKey: 'bookedAt' } },
          ...stringAttributes('kind', 'direction', 'amount', 'currency', 'reference', 'counterpartyIbanEnc', 'counterpartyNameEnc', 'endToEndId', 'bookedAt'),
        },
        { saveUnknown: false },
      ),
      { updateIndexes: true },
    );
    this.webhooks = tables.define<OutgoingWebhookRecord>('sandbox_bank_webhooks', new dynamoose.Schema(OUTGOING_WEBHOOK_SCHEMA_FIELDS, { saveUnknown: false }));
    this.payouts = tables.define<SandboxPayoutRecord>(
      'sandbox_bank_payouts',
      new dynamoose.Schema(
        {
          payoutId: { type: String, hashKey: true },
          ...stringAttributes('transactionId', 'endToEndId', 'iban', 'amount', 'reference', 'status', 'outcome'),
          clearing: { type: String, index: { name: 'clearing-index', type: 'global' } },
          settleAt: Number,
          ...stringAttributes('returnReason', 'createdAt', 'updatedAt'),
        },
        { saveUnknown: false },
      ),
    );
  }

  balance(iban: string): Promise<bigint> {
    return this.balances.of(iban);
  }

  statement(iban: string, query: StatementQuery): Promise<StatementPage> {
    return readStatement(this.entries, this.cipher, iban, query);
  }

  /**
   * Books a credit on `iban` and queues the `credit.received` notification in the same transaction;
   * `notify: false` books it without ever notifying (a bank that loses the webhook).
   */
  async bookCredit(input: { iban: string; amount: bigint; currency: string; reference: string; debtorIban: string; debtorName: string; notify?: boolean }): Promise<BookedCredit> {
    const transactionId = newTransactionId();
    const endToEndId = newEndToEndId();
    const bookedAt = new Date().toISOString();
    const webhook = this.webhook('credit.received', bookedAt, {
      transactionId,
      amount: input.amount.toString(),
      currency: input.currency,
      reference: input.reference,
      debtorIban: input.debtorIban,
      debtorName: input.debtorName,
      bookedAt,
    });
    await this.balances.move(input.iban, input.amount, bookedAt, () => [
      this.entry({ transactionId, iban: input.iban, kind: 'credit-transfer', direction: 'credit', amount: input.amount, reference: input.reference, counterpartyIban: input.debtorIban, counterpartyName: input.debtorName, endToEndId, bookedAt }),
      ...(input.notify === false ? [] : [webhook.write]),
    ]);
    return { transactionId, ...(input.notify === false ? {} : { webhookId: webhook.id }), endToEndId, bookedAt };
  }

  /**
   * Executes a SEPA credit transfer from `iban`, once per `payoutId`: debits the account, assigns
   * the end-to-end id, notifies `payout.sent`, and leaves the payout for clearing.
   */
  async bookPayout(input: { payoutId: string; iban: string; amount: bigint; reference: string; creditorIban: string; creditorName: string }): Promise<BookedPayout> {
    const existing = await this.payouts.get({ payoutId: input.payoutId }, { consistent: true });
    if (existing) return toBookedPayout(existing);
    const transactionId = newTransactionId();
    const endToEndId = newEndToEndId();
    const now = new Date();
    const bookedAt = now.toISOString();
    const record = {
      payoutId: input.payoutId,
      transactionId,
      endToEndId,
      iban: input.iban,
      amount: input.amount.toString(),
      reference: input.reference,
      status: 'sent' as const,
      outcome: RETURNED_PAYOUT_IBANS.includes(input.creditorIban.replace(/\s+/g, '').toUpperCase()) ? ('return' as const) : ('settle' as const),
      clearing: '1',
      settleAt: now.getTime() + CLEARING_DELAY_MS,
      createdAt: bookedAt,
      updatedAt: bookedAt,
    };
    try {
      await this.balances.move(input.iban, -input.amount, bookedAt, () => [
        this.payouts.transaction.create(record, { overwrite: false }),
        this.entry({ transactionId, iban: input.iban, kind: 'payout', direction: 'debit', amount: input.amount, reference: input.reference, counterpartyIban: input.creditorIban, counterpartyName: input.creditorName, endToEndId, bookedAt }),
        this.webhook('payout.sent', bookedAt, payoutData(record, bookedAt)).write,
      ]);
    } catch (error) {
      // The same payout booked concurrently: the first one stands.
      const booked = await this.payouts.get({ payoutId: input.payoutId }, { consistent: true });
      if (booked) return toBookedPayout(booked);
      throw error;
    }
    return toBookedPayout(record as SandboxPayoutRecord);
  }

  async payout(payoutId: string): Promise<BookedPayout | undefined> {
    const record = await this.payouts.get({ payoutId }, { consistent: true });
    return record ? toBookedPayout(record) : undefined;
  }

  /** Clears the payouts that are due: settled (notified), or returned (credited back, notified); false when none was in clearing. */
  async clearDue(): Promise<boolean> {
    const now = Date.now();
    const clearing = await this.payouts.query('clearing').eq('1').using('clearing-index').all().exec();
    const due = clearing.filter((payout) => payout.settleAt <= now);
    for (const payout of due) {
      const at = new Date().toISOString();
      const stillSent = new dynamoose.Condition('status').eq('sent');
      try {
        if (payout.outcome === 'settle') {
          const settled = { ...payout, status: 'settled' as const };
          await this.unitOfWork.commit([
            this.payouts.transaction.update({ payoutId: payout.payoutId }, { $SET: { status: 'settled', updatedAt: at }, $REMOVE: ['clearing'] }, { condition: stillSent }),
            this.webhook('payout.settled', at, payoutData(settled, at)).write,
          ]);
        } else {
          const returned = { ...payout, status: 'returned' as const, returnReason: 'AC04' };
          await this.balances.move(payout.iban, BigInt(payout.amount), at, () => [
            this.payouts.transaction.update(
              { payoutId: payout.payoutId },
              { $SET: { status: 'returned', returnReason: 'AC04', updatedAt: at }, $REMOVE: ['clearing'] },
              { condition: stillSent },
            ),
            this.entry({ transactionId: newTransactionId(), iban: payout.iban, kind: 'payout-return', direction: 'credit', amount: BigInt(payout.amount), reference: `RETURN ${payout.endToEndId} AC04`, counterpartyIban: '', counterpartyName: '', endToEndId: payout.endToEndId, bookedAt: at }),
            this.webhook('payout.returned', at, payoutData(returned, at)).write,
          ]);
        }
      } catch (error) {
        if (!isDataConflict(error)) throw error; // cleared by another round
      }
    }
    return clearing.length > 0;
  }

  private entry(input: {
    transactionId: string;
    iban: string;
    kind: StatementEntryKind;
    direction: 'credit' | 'debit';
    amount: bigint;
    reference: string;
    counterpartyIban: string;
    counterpartyName: string;
    endToEndId: string;
    bookedAt: string;
  }): WriteItem {
    const context = `sandbox-bank:${input.transactionId}`;
    return this.entries.transaction.create({
      transactionId: input.transactionId,
      iban: input.iban,
      kind: input.kind,
      direction: input.direction,
      amount: input.amount.toString(),
      currency: 'EUR',
      reference: input.reference,
      counterpartyIbanEnc: this.cipher.encrypt(input.counterpartyIban, `${context}:iban`),
      counterpartyNameEnc: this.cipher.encrypt(input.counterpartyName, `${context}:name`),
      endToEndId: input.endToEndId,
      bookedAt: input.bookedAt,
    });
  }

  private webhook(type: string, createdAt: string, data: Record<string, unknown>): { id: string; write: WriteItem } {
    const id = `evt_${randomUUID().replace(/-/g, '')}`;
    // Notifications carry the debtor's IBAN and name: stored encrypted like the rest of the books.
    const body = this.cipher.encrypt(JSON.stringify({ id, type, createdAt, data }), webhookContext(id));
    return { id, write: this.webhooks.transaction.create({ id, body, pending: '1', attempts: 0, nextAttemptAt: 0, createdAt }) };
  }

  openWebhookBody(webhook: OutgoingWebhookRecord): string {
    return this.cipher.decryptText(webhook.body, webhookContext(webhook.id));
  }
}

function payoutData(payout: Pick<SandboxPayoutRecord, 'payoutId' | 'transactionId' | 'endToEndId' | 'amount' | 'status' | 'returnReason'>, at: string) {
  return {
    payoutId: payout.payoutId,
    transactionId: payout.transactionId,
    endToEndId: payout.endToEndId,
    amount: payout.amount,
    currency: 'EUR',
    status: payout.status,
    ...(payout.returnReason ? { reason: payout.returnReason } : {}),
    at,
  };
}

function toBookedPayout(record: SandboxPayoutRecord): BookedPayout {
  return { payoutId: record.payoutId, transactionId: record.transactionId, endToEndId: record.endToEndId, status: record.status };
}

const newTransactionId = () => `sbx_${randomUUID().replace(/-/g, '')}`;
/** SEPA end-to-end id: at most 35 characters, unique per transfer. */
const newEndToEndId = () => `E2E${Date.now().toString(36).toUpperCase()}${randomUUID().replace(/-/g, '').slice(0, 16).toUpperCase()}`;

function webhookContext(id: string): string {
  return `sandbox-bank:webhook:${id}`;
}
