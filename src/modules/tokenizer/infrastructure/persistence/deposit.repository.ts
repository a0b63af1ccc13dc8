import { Injectable } from '@nestjs/common';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { DynamoTables, GroupCommit, GroupRead, UnitOfWork, type WriteItem, isDataConflict } from '../../../data/index.js';
import { type Deposit, type DepositStatus, OPEN_DEPOSIT_STATUSES, type StatusChange, UNMINTED_DEPOSIT_STATUSES, mintableOf } from '../../domain/deposit.js';
import { CUSTOMER_INDEX, DepositRecord, OPEN_INDEX, depositSchema } from './deposit.model.js';
import { type ListingCursor, pageBefore } from './page-before.js';
import { stateMachineOf } from './state-machines.js';

@Injectable()
export class DepositRepository {
  private readonly deposits: ModelType<DepositRecord>;
  /** Concurrent reads by id (each deposit's steps) share one consistent BatchGetItem. */
  private readonly byId: GroupRead<DepositRecord>;
  private readonly machine = stateMachineOf<DepositStatus, Deposit>(OPEN_DEPOSIT_STATUSES);

  constructor(
    tables: DynamoTables,
    private readonly unitOfWork: UnitOfWork,
    private readonly groupCommit: GroupCommit,
  ) {
    this.deposits = tables.define<DepositRecord>('tokenizer_deposits', depositSchema);
    this.byId = new GroupRead(this.deposits, 'id', true);
  }

  /** Records a new deposit and returns it as stored; undefined when this credit already has one. */
  async createIfAbsent(deposit: Omit<Deposit, 'history' | 'createdAt' | 'updatedAt'>, events: DomainEvent[]): Promise<Deposit | undefined> {
    const now = new Date().toISOString();
    const record = {
      id: deposit.id,
      amount: deposit.amount.toString(),
      currency: deposit.currency,
      reference: deposit.reference,
      status: deposit.status,
      ...this.machine.initial(deposit as Deposit, now),
      createdAt: now,
      updatedAt: now,
    };
    try {
      // Credits arriving together are recorded in shared transactions (one deposit per credit: its id is the item key).
      await this.groupCommit.commit([this.deposits.transaction.create(record, { overwrite: false })], deposit.id, events);
      return toDeposit(record as DepositRecord);
    } catch (error) {
      if (isDataConflict(error)) return undefined;
      throw error;
    }
  }

  async get(id: string): Promise<Deposit | undefined> {
    const record = await this.byId.get(id);
    return record ? toDeposit(record) : undefined;
  }

  /**
   * Moves the deposit from `from` to `to` only if it is still in `from` (two workers racing on the
   * same deposit cannot both move it), appending to its history; the events and `writes` (other
   * records the move books, e.g. a shortfall it covers) commit with it, all or nothing.
   */
  async transition(
    deposit: Deposit,
    to: DepositStatus,
    changes: { customerId?: string; walletAddress?: string; reason?: string; shortfallCovered?: bigint },
    events: DomainEvent[],
    writes: WriteItem[] = [],
  ): Promise<boolean> {
    const { shortfallCovered, ...rest } = changes;
    const { update, condition } = this.machine.write(deposit, to, { ...rest, ...(shortfallCovered !== undefined ? { shortfallCovered: shortfallCovered.toString() } : {}) });
    const move = this.deposits.transaction.update({ id: deposit.id }, update, { condition });
    // Moves of different deposits share transactions (a mint batch's confirmation moves all of its deposits at once). A
    // move that books other records (the top-ups a shortfall cover shrinks, which another deposit of the same customer
    // may touch too) commits on its own.
    return this.machine.run(() => (writes.length ? this.unitOfWork.commit([move, ...writes], events) : this.groupCommit.commit([move], deposit.id, events)));
  }

  async listOpen(): Promise<Deposit[]> {
    const records = await this.deposits.query('open').eq('1').using(OPEN_INDEX).all().exec();
    return records.map(toDeposit);
  }

  /** The customer's deposits strictly after `cursor`, newest first (one source of the operations listing). */
  async listBefore(customerId: string, cursor: ListingCursor | undefined, need: number): Promise<Deposit[]> {
    return (await pageBefore(this.deposits, CUSTOMER_INDEX, 'customerId', customerId, cursor, need)).map(toDeposit);
  }

  async sumOpenForCustomer(customerId: string): Promise<bigint> {
    const records = await this.deposits.query('customerId').eq(customerId).using(CUSTOMER_INDEX).all().exec();
    return records.filter((record) => record.open === '1').reduce((sum, record) => sum + mintableOf(toDeposit(record)), 0n);
  }

  /** Money on the omnibus account that is not (yet) tokens: deposits in progress and in suspense. */
  async sumUnminted(): Promise<bigint> {
    const records = await this.deposits.scan('status').in([...UNMINTED_DEPOSIT_STATUSES]).all().exec();
    return records.reduce((sum, record) => sum + mintableOf(toDeposit(record)), 0n);
  }

  async listByStatus(status: DepositStatus): Promise<Deposit[]> {
    const records = await this.deposits.scan('status').eq(status).all().exec();
    return records.map(toDeposit).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  async listAllByCustomer(customerId: string): Promise<Deposit[]> {
    const records = await this.deposits.query('customerId').eq(customerId).using(CUSTOMER_INDEX).sort('descending').all().exec();
    return records.map(toDeposit);
  }
}

function toDeposit(record: DepositRecord): Deposit {
  return {
    id: record.id,
    ...(record.customerId ? { customerId: record.customerId } : {}),
    ...(record.walletAddress ? { walletAddress: record.walletAddress } : {}),
    amount: BigInt(record.amount),
    currency: record.currency,
    reference: record.reference,
    status: record.status as DepositStatus,
    ...(record.reason ? { reason: record.reason } : {}),
    ...(record.shortfallCovered ? { shortfallCovered: BigInt(record.shortfallCovered) } : {}),
    history: JSON.parse(record.history) as StatusChange[],
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}
