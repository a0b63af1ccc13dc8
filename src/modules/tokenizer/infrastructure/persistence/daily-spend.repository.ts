import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { safeIntegerOf } from '../../../../shared/numbers/index.js';
import { DynamoTables, UnitOfWork, type WriteItem, isDataConflict } from '../../../data/index.js';
import { type OutgoingKind, dailyCounterOf } from '../../domain/spending-limits.js';
import { SpendingRepository } from './spending.repository.js';

interface DailySpendRecord extends Item {
  customerId: string;
  operationId: string;
  kind: OutgoingKind;
  amount: number;
  /** Epoch ms the operation was recorded; it stops counting 24 h later. */
  at: number;
}

export interface DailySpendEntry {
  operationId: string;
  kind: OutgoingKind;
  amount: bigint;
  at: number;
}

/**
 * What each customer's transfers and withdrawals used of their rolling 24-hour limits. The sum per
 * kind is a counter on the customer's spending record, raised by the same conditional write that
 * reserves the operation (so concurrent requests can never pass the limit together); each counted
 * operation is one entry here, created in that same transaction. An entry leaves the window (it
 * aged out, or its operation failed) by a transaction that deletes it, on the condition that it is
 * still there, and lowers the counter: exactly once, whoever does it.
 */
@Injectable()
export class DailySpendRepository {
  private readonly entries: ModelType<DailySpendRecord>;

  constructor(
    tables: DynamoTables,
    private readonly spending: SpendingRepository,
    private readonly unitOfWork: UnitOfWork,
  ) {
    this.entries = tables.define<DailySpendRecord>(
      'tokenizer_daily_spend',
      new dynamoose.Schema(
        { customerId: { type: String, hashKey: true }, operationId: { type: String, rangeKey: true }, kind: String, amount: Number, at: Number },
        { saveUnknown: false },
      ),
    );
  }

  /** The entry of a new operation: part of the transaction that records it. */
  entry(customerId: string, operationId: string, kind: OutgoingKind, amount: bigint, at: number): WriteItem {
    return this.entries.transaction.create({ customerId, operationId, kind, amount: safeIntegerOf(amount, 'daily spend'), at }, { overwrite: false });
  }

  async entriesOf(customerId: string): Promise<DailySpendEntry[]> {
    const records = await this.entries.query('customerId').eq(customerId).consistent().all().exec();
    return records.map((record) => ({ operationId: record.operationId, kind: record.kind, amount: BigInt(record.amount), at: record.at }));
  }

  /** Takes an entry out of the window; false if it was not there (already out). */
  async remove(customerId: string, entry: Pick<DailySpendEntry, 'operationId' | 'kind' | 'amount'>): Promise<boolean> {
    try {
      await this.unitOfWork.commit([
        this.entries.transaction.delete({ customerId, operationId: entry.operationId }, { condition: new dynamoose.Condition('operationId').exists() }),
        this.spending.lowerDaily(customerId, dailyCounterOf(entry.kind), entry.amount),
      ]);
      return true;
    } catch (error) {
      if (isDataConflict(error)) return false;
      throw error;
    }
  }
}
