import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { DynamoTables, UnitOfWork, type WriteItem } from '../../../data/index.js';
import type { StatusChange } from '../../domain/deposit.js';
import { type ListingCursor, pageBefore } from './page-before.js';
import { stateMachineOf } from './state-machines.js';
import { OPEN_TOPUP_STATUSES, type ShortfallRecovery, type ShortfallWriteOff, type TopUp, type TopUpStatus, UNMINTED_TOPUP_STATUSES, writtenOffOf } from '../../domain/topup.js';

interface TopUpRecord extends Item {
  id: string;
  customerId: string;
  walletAddress: string;
  amount: string;
  currency: string;
  paymentId?: string;
  status: string;
  reason?: string;
  burnAmount?: string;
  shortfall?: string;
  shortfallRecoveries?: string;
  shortfallWriteOffs?: string;
  /** The sum of `shortfallWriteOffs`, for the reserves' scan. */
  writtenOff?: string;
  history: string;
  open?: string;
  createdAt: string;
  updatedAt: string;
}

export const TOPUP_CUSTOMER_INDEX = 'customer-index';
const OPEN_INDEX = 'open-index';
const PAYMENT_INDEX = 'payment-index';

type TopUpChanges = Partial<Pick<TopUp, 'paymentId' | 'reason' | 'burnAmount' | 'shortfall' | 'shortfallRecoveries' | 'shortfallWriteOffs'>>;

@Injectable()
export class TopUpRepository {
  private readonly topUps: ModelType<TopUpRecord>;
  private readonly machine = stateMachineOf<TopUpStatus, TopUp>(OPEN_TOPUP_STATUSES);

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
  ) {
    this.topUps = tables.define<TopUpRecord>(
      'tokenizer_topups',
      new dynamoose.Schema(
        {
          id: { type: String, hashKey: true },
          customerId: { type: String, index: { name: TOPUP_CUSTOMER_INDEX, type: 'global', rangeKey: 'createdAt' } },
          walletAddress: String,
          amount: String,
          currency: String,
          paymentId: { type: String, index: { name: PAYMENT_INDEX, type: 'global' } },
          status: String,
          reason: String,
          burnAmount: String,
          shortfall: String,
          shortfallRecoveries: String,
          shortfallWriteOffs: String,
          writtenOff: String,
          history: String,
          open: { type: String, index: { name: OPEN_INDEX, type: 'global', rangeKey: 'createdAt' } },
          createdAt: String,
          updatedAt: String,
        },
        { saveUnknown: false },
      ),
    );
  }

  async create(topUp: Pick<TopUp, 'id' | 'customerId' | 'walletAddress' | 'amount' | 'currency'>): Promise<TopUp> {
    const now = new Date().toISOString();
    const record = {
      ...topUp,
      amount: topUp.amount.toString(),
      status: 'created' as const,
      ...this.machine.initial({ status: 'created' } as TopUp, now),
      createdAt: now,
      updatedAt: now,
    };
    await this.unitOfWork.commit([this.topUps.transaction.create(record, { overwrite: false })]);
    return toTopUp(record as TopUpRecord);
  }

  async get(id: string): Promise<TopUp | undefined> {
    const record = await this.topUps.get({ id }, { consistent: true });
    return record ? toTopUp(record) : undefined;
  }

  async findByPayment(paymentId: string): Promise<TopUp | undefined> {
    const [record] = await this.topUps.query('paymentId').eq(paymentId).using(PAYMENT_INDEX).limit(1).exec();
    return record ? this.get(record.id) : undefined;
  }

  /** Moves the top-up on only if nobody moved it since it was read; the events commit with it. */
  async transition(topUp: TopUp, to: TopUpStatus, changes: TopUpChanges, events: DomainEvent[] = []): Promise<boolean> {
    return this.machine.run(() => this.unitOfWork.commit([this.transitionWrite(topUp, to, changes)], events));
  }

  /** The same conditional move, as an item of another record's transaction (a deposit covering this top-up's shortfall). */
  transitionWrite(topUp: TopUp, to: TopUpStatus, changes: TopUpChanges): WriteItem {
    const { update, condition } = this.machine.write(topUp, to, {
      ...(changes.paymentId ? { paymentId: changes.paymentId } : {}),
      ...(changes.reason ? { reason: changes.reason } : {}),
      ...(changes.burnAmount !== undefined ? { burnAmount: changes.burnAmount.toString() } : {}),
      ...(changes.shortfall !== undefined ? { shortfall: changes.shortfall.toString() } : {}),
      ...(changes.shortfallRecoveries ? { shortfallRecoveries: JSON.stringify(changes.shortfallRecoveries.map((recovery) => ({ ...recovery, amount: recovery.amount.toString() }))) } : {}),
      ...(changes.shortfallWriteOffs
        ? {
            shortfallWriteOffs: JSON.stringify(changes.shortfallWriteOffs.map((writeOff) => ({ ...writeOff, amount: writeOff.amount.toString() }))),
            writtenOff: writtenOffOf(changes).toString(),
          }
        : {}),
    });
    return this.topUps.transaction.update({ id: topUp.id }, update, { condition });
  }

  async listOpen(): Promise<TopUp[]> {
    const records = await this.topUps.query('open').eq('1').using(OPEN_INDEX).all().exec();
    return records.map(toTopUp);
  }

  /** The customer's top-ups strictly after `cursor`, newest first (one source of the operations listing). */
  async listBefore(customerId: string, cursor: ListingCursor | undefined, need: number): Promise<TopUp[]> {
    return (await pageBefore(this.topUps, TOPUP_CUSTOMER_INDEX, 'customerId', customerId, cursor, need)).map(toTopUp);
  }

  async listByCustomer(customerId: string): Promise<TopUp[]> {
    const records = await this.topUps.query('customerId').eq(customerId).using(TOPUP_CUSTOMER_INDEX).sort('descending').all().exec();
    return records.map(toTopUp);
  }

  /** Card money at the acquirer that is not tokens (captured, not yet minted; burned, not yet refunded). */
  async sumUnminted(): Promise<bigint> {
    const records = await this.topUps.scan('status').in([...UNMINTED_TOPUP_STATUSES]).all().exec();
    return records.reduce((sum, record) => sum + BigInt(record.amount), 0n);
  }

  /** Shortfall the platform wrote off: tokens in circulation its own funds must cover. */
  async sumWrittenOff(): Promise<bigint> {
    const records = await this.topUps.scan('writtenOff').exists().all().exec();
    return records.reduce((sum, record) => sum + BigInt(record.writtenOff ?? '0'), 0n);
  }

  /** Tokens a reversal could not burn: in circulation with no money behind them until recovered. */
  async sumShortfall(): Promise<bigint> {
    const records = await this.topUps.scan('shortfall').exists().all().exec();
    return records.reduce((sum, record) => sum + BigInt(record.shortfall ?? '0'), 0n);
  }
}

function toTopUp(record: TopUpRecord): TopUp {
  return {
    id: record.id,
    customerId: record.customerId,
    walletAddress: record.walletAddress,
    amount: BigInt(record.amount),
    currency: record.currency,
    ...(record.paymentId ? { paymentId: record.paymentId } : {}),
    status: record.status as TopUpStatus,
    ...(record.reason ? { reason: record.reason } : {}),
    ...(record.burnAmount ? { burnAmount: BigInt(record.burnAmount) } : {}),
    ...(record.shortfall ? { shortfall: BigInt(record.shortfall) } : {}),
    ...(record.shortfallRecoveries
      ? { shortfallRecoveries: (JSON.parse(record.shortfallRecoveries) as (Omit<ShortfallRecovery, 'amount'> & { amount: string })[]).map((recovery) => ({ ...recovery, amount: BigInt(recovery.amount) })) }
      : {}),
    ...(record.shortfallWriteOffs
      ? { shortfallWriteOffs: (JSON.parse(record.shortfallWriteOffs) as (Omit<ShortfallWriteOff, 'amount'> & { amount: string })[]).map((writeOff) => ({ ...writeOff, amount: BigInt(writeOff.amount) })) }
      : {}),
    history: JSON.parse(record.history) as StatusChange[],
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
