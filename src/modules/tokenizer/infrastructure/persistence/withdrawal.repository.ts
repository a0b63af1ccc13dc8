import { Injectable } from '@nestjs/common';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { DynamoTables, UnitOfWork, type WriteItem } from '../../../data/index.js';
import type { StatusChange } from '../../domain/deposit.js';
import { OPEN_WITHDRAWAL_STATUSES, type Withdrawal, type WithdrawalStatus } from '../../domain/withdrawal.js';
import { type ListingCursor, pageBefore } from './page-before.js';
import { stateMachineOf } from './state-machines.js';
import { WITHDRAWAL_CUSTOMER_INDEX, WITHDRAWAL_OPEN_INDEX, WithdrawalRecord, withdrawalSchema } from './withdrawal.model.js';

export type NewWithdrawal = Omit<Withdrawal, 'history' | 'createdAt' | 'updatedAt'>;
export type WithdrawalChanges = Partial<Pick<Withdrawal, 'reason' | 'approvedBy' | 'payoutSettled' | 'endToEndId'>>;

@Injectable()
export class WithdrawalRepository {
  private readonly withdrawals: ModelType<WithdrawalRecord>;
  private readonly machine = stateMachineOf<WithdrawalStatus, Withdrawal>(OPEN_WITHDRAWAL_STATUSES);

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
  ) {
    this.withdrawals = tables.define<WithdrawalRecord>('tokenizer_withdrawals', withdrawalSchema);
  }

  /** Records a new withdrawal with the writes that must happen with it (its reservation); a failed condition throws a data conflict. */
  async create(withdrawal: NewWithdrawal, writes: WriteItem[], events: DomainEvent[] = []): Promise<Withdrawal> {
    const now = new Date().toISOString();
    const record = {
      ...withdrawal,
      amount: withdrawal.amount.toString(),
      ...this.machine.initial(withdrawal as Withdrawal, now),
      createdAt: now,
      updatedAt: now,
    };
    await this.unitOfWork.commit([this.withdrawals.transaction.create(record, { overwrite: false }), ...writes], events);
    return toWithdrawal(record as unknown as WithdrawalRecord);
  }

  async get(id: string): Promise<Withdrawal | undefined> {
    const record = await this.withdrawals.get({ id }, { consistent: true });
    return record ? toWithdrawal(record) : undefined;
  }

  /**
   * Moves the withdrawal on only if it is still where it was read (status and last update), with
   * the writes and events that go with the step. `to` equal to the current status records a change
   * of details (the payout settled) without a new history entry. False when it had moved on.
   */
  async transition(withdrawal: Withdrawal, to: WithdrawalStatus, changes: WithdrawalChanges, writes: WriteItem[] = [], events: DomainEvent[] = []): Promise<boolean> {
    const { update, condition } = this.machine.write(withdrawal, to, changes);
    return this.machine.run(() => this.unitOfWork.commit([this.withdrawals.transaction.update({ id: withdrawal.id }, update, { condition }), ...writes], events));
  }

  async listOpen(): Promise<Withdrawal[]> {
    return (await this.withdrawals.query('open').eq('1').using(WITHDRAWAL_OPEN_INDEX).all().exec()).map(toWithdrawal);
  }

  async listBefore(customerId: string, cursor: ListingCursor | undefined, need: number): Promise<Withdrawal[]> {
    return (await pageBefore(this.withdrawals, WITHDRAWAL_CUSTOMER_INDEX, 'customerId', customerId, cursor, need)).map(toWithdrawal);
  }

  /** The customer's withdrawals still reserved (`pending`): their hold may already be on chain, not yet recorded as `funds_held`. */
  async listPendingOf(customerId: string): Promise<Withdrawal[]> {
    const records = await this.withdrawals.query('customerId').eq(customerId).where('status').eq('pending').using(WITHDRAWAL_CUSTOMER_INDEX).all().exec();
    return records.map(toWithdrawal);
  }

  /** Paid out by the bank, hold not yet burned: the omnibus is already lower than the supply by these. */
  async sumPaidNotBurned(): Promise<bigint> {
    const records = await this.withdrawals.query('open').eq('1').using(WITHDRAWAL_OPEN_INDEX).all().exec();
    return records.filter((record) => record.status === 'payout_sent').reduce((sum, record) => sum + BigInt(record.amount), 0n);
  }

  /** Back on the omnibus after settlement, not yet minted again. */
  async sumCrediting(): Promise<bigint> {
    const records = await this.withdrawals.query('open').eq('1').using(WITHDRAWAL_OPEN_INDEX).all().exec();
    return records.filter((record) => record.status === 'crediting').reduce((sum, record) => sum + BigInt(record.amount), 0n);
  }
}

function toWithdrawal(record: WithdrawalRecord): Withdrawal {
  return {
    id: record.id,
    kind: record.kind as Withdrawal['kind'],
    customerId: record.customerId,
    walletAddress: record.walletAddress,
    bankAccountId: record.bankAccountId,
    amount: BigInt(record.amount),
    currency: record.currency,
    status: record.status as WithdrawalStatus,
    ...(record.reason ? { reason: record.reason } : {}),
    requestedBy: record.requestedBy,
    ...(record.approvedBy ? { approvedBy: record.approvedBy } : {}),
    holdId: record.holdId as `0x${string}`,
    holdExpiresAt: record.holdExpiresAt,
    holdDeadline: record.holdDeadline,
    ...(record.payoutSettled ? { payoutSettled: true } : {}),
    ...(record.endToEndId ? { endToEndId: record.endToEndId } : {}),
    ...(record.returnOf ? { returnOf: record.returnOf } : {}),
    history: JSON.parse(record.history) as StatusChange[],
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
