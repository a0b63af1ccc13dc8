import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { OUTGOING_WEBHOOK_SCHEMA_FIELDS, type OutgoingWebhookRecord } from '../../../../shared/http/index.js';
import { DynamoTables, UnitOfWork, type WriteItem, isDataConflict, stringAttributes } from '../../../data/index.js';
import { paymentMismatch, paymentNotFound, paymentNotPayable } from '../../domain/acquirer.errors.js';
import type { CardPayment, CardPaymentStatus } from '../../ports/acquirer.port.js';

interface PaymentRecord extends Item {
  paymentId: string;
  amount: string;
  reference: string;
  status: CardPaymentStatus;
  declineCode?: string;
  capturedAt?: string;
  createdAt: string;
  updatedAt: string;
}

interface MerchantBalanceRecord extends Item {
  merchant: string;
  balance: string;
  version: number;
}

const MERCHANT = 'platform';

/**
 * The sandbox acquirer's own books: card payments, the balance it holds for the platform
 * (captured minus refunded and charged back; a real acquirer pays it out daily), and the
 * webhooks it owes. A status change, its balance change and its notification commit together.
 */
@Injectable()
export class SandboxAcquirerBooks {
  readonly payments: ModelType<PaymentRecord>;
  readonly balances: ModelType<MerchantBalanceRecord>;
  readonly webhooks: ModelType<OutgoingWebhookRecord>;

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
  ) {
    this.payments = tables.define<PaymentRecord>(
      'sandbox_acquirer_payments',
      new dynamoose.Schema(
        {
          paymentId: { type: String, hashKey: true },
          ...stringAttributes('amount', 'reference', 'status', 'declineCode', 'capturedAt', 'createdAt', 'updatedAt'),
        },
        { saveUnknown: false },
      ),
    );
    this.balances = tables.define<MerchantBalanceRecord>(
      'sandbox_acquirer_balances',
      new dynamoose.Schema({ merchant: { type: String, hashKey: true }, balance: String, version: Number }, { saveUnknown: false }),
    );
    this.webhooks = tables.define<OutgoingWebhookRecord>('sandbox_acquirer_webhooks', new dynamoose.Schema(OUTGOING_WEBHOOK_SCHEMA_FIELDS, { saveUnknown: false }));
  }

  /** Idempotent creation: the payment id is derived from the key, so a retry finds the first payment. */
  async create(amount: bigint, idempotencyKey: string, reference: string): Promise<CardPayment> {
    const paymentId = `pay_${createHash('sha256').update(idempotencyKey).digest('hex').slice(0, 24)}`;
    const now = new Date().toISOString();
    try {
      await this.payments.create(
        { paymentId, amount: amount.toString(), reference, status: 'requires_payment_method', createdAt: now, updatedAt: now },
        { overwrite: false },
      );
    } catch (error) {
      if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
    }
    const payment = (await this.get(paymentId)) as CardPayment;
    if (payment.amount !== amount) throw paymentMismatch();
    return payment;
  }

  async get(paymentId: string): Promise<CardPayment | undefined> {
    const record = await this.payments.get({ paymentId }, { consistent: true });
    return record ? toPayment(record) : undefined;
  }

  async balance(): Promise<bigint> {
    return BigInt((await this.balances.get({ merchant: MERCHANT }, { consistent: true }))?.balance ?? '0');
  }

  /**
   * Moves a payment from one of `from` to `to`, changing the merchant balance by `balanceDelta`
   * and notifying `payment.<to>`; returns the payment as it stands (unchanged when already `to`).
   */
  async transition(paymentId: string, from: CardPaymentStatus[], to: CardPaymentStatus, options: { balanceDelta?: 'credit' | 'debit'; declineCode?: string } = {}): Promise<CardPayment> {
    for (let attempt = 0; ; attempt++) {
      const payment = await this.payments.get({ paymentId }, { consistent: true });
      if (!payment) throw paymentNotFound(paymentId);
      if (payment.status === to) return toPayment(payment);
      if (!from.includes(payment.status)) throw paymentNotPayable(payment.status);
      const now = new Date().toISOString();
      const changes = { status: to, updatedAt: now, ...(to === 'captured' ? { capturedAt: now } : {}), ...(options.declineCode ? { declineCode: options.declineCode } : {}) };
      const updated = toPayment({ ...payment, ...changes } as PaymentRecord);
      const writes: WriteItem[] = [
        this.payments.transaction.update({ paymentId }, changes, { condition: new dynamoose.Condition('status').eq(payment.status) }),
        this.webhook(`payment.${to}`, now, updated),
      ];
      if (options.balanceDelta) writes.push(await this.balanceWrite(options.balanceDelta === 'credit' ? updated.amount : -updated.amount));
      try {
        await this.unitOfWork.commit(writes);
        return updated;
      } catch (error) {
        if (!isDataConflict(error) || attempt > 30) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 20));
      }
    }
  }

  private async balanceWrite(delta: bigint): Promise<WriteItem> {
    const current = await this.balances.get({ merchant: MERCHANT }, { consistent: true });
    if (!current) return this.balances.transaction.create({ merchant: MERCHANT, balance: delta.toString(), version: 1 }, { overwrite: false });
    return this.balances.transaction.update(
      { merchant: MERCHANT },
      { balance: (BigInt(current.balance) + delta).toString(), version: current.version + 1 },
      { condition: new dynamoose.Condition('version').eq(current.version) },
    );
  }

  private webhook(type: string, createdAt: string, payment: CardPayment): WriteItem {
    const id = `evt_${randomUUID().replace(/-/g, '')}`;
    const data = {
      paymentId: payment.paymentId,
      amount: payment.amount.toString(),
      currency: payment.currency,
      status: payment.status,
      ...(payment.declineCode ? { declineCode: payment.declineCode } : {}),
    };
    return this.webhooks.transaction.create({ id, body: JSON.stringify({ id, type, createdAt, data }), pending: '1', attempts: 0, nextAttemptAt: 0, createdAt });
  }

  /** The ids of the notifications sent about a payment (for the sandbox's redeliver endpoint). */
  async webhookIdsOf(paymentId: string): Promise<string[]> {
    const all = await this.webhooks.scan().all().exec();
    return all.filter((webhook) => webhook.body.includes(`"paymentId":"${paymentId}"`)).map((webhook) => webhook.id);
  }
}

function toPayment(record: PaymentRecord): CardPayment {
  return {
    paymentId: record.paymentId,
    amount: BigInt(record.amount),
    currency: 'EUR',
    status: record.status,
    ...(record.declineCode ? { declineCode: record.declineCode } : {}),
    ...(record.capturedAt ? { capturedAt: record.capturedAt } : {}),
  };
}
