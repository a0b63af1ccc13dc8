import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import { UnitOfWork, isConditionFailure, isDataConflict } from '../../../data/index.js';
import { ChainTransactionConfirmed } from '../../domain/events/chain-transaction-confirmed.event.js';
import { ChainTransactionFailed } from '../../domain/events/chain-transaction-failed.event.js';
import { MEMBERS_PER_SETTLEMENT, chunks } from '../../domain/mint-batches.js';
import type { ChainTransactionRecord } from '../persistence/chain-transaction.model.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';
import { revertOfRecord } from '../persistence/recorded-revert.js';

/**
 * Gives every member of a final batch its own outcome and event. Confirmed: each member is
 * confirmed with the batch's hash. Reverted: a lone member fails with the batch's reason; several
 * go back to the queue to be sent one by one. Conditions make a second settlement a no-op.
 */
@Injectable()
export class BatchMemberSettler {
  private requeue: (record: ChainTransactionRecord) => void = () => undefined;

  constructor(
    private readonly store: ChainTransactionStore,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** Where members of a reverted batch go to be sent one by one (the transaction queue). */
  onRequeue(requeue: (record: ChainTransactionRecord) => void): void {
    this.requeue = requeue;
  }

  async settle(batch: ChainTransactionRecord): Promise<void> {
    const memberKeys = JSON.parse(batch.members ?? '[]') as string[];
    if (batch.status === 'failed' && memberKeys.length > 1) return this.splitUp(batch, memberKeys);
    for (const group of chunks(memberKeys, MEMBERS_PER_SETTLEMENT)) {
      try {
        const settlements = group.map((key) => this.settlement(batch, key));
        await this.unitOfWork.commit(settlements.map((s) => s.write), settlements.map((s) => s.event));
      } catch (error) {
        if (!isDataConflict(error)) throw error;
        // Part of the group was settled before a crash: settle the rest one by one.
        for (const key of group) {
          const single = this.settlement(batch, key);
          try {
            await this.unitOfWork.commit([single.write], [single.event]);
          } catch (inner) {
            if (!isDataConflict(inner)) throw inner;
          }
        }
      }
    }
  }

  private async splitUp(batch: ChainTransactionRecord, memberKeys: string[]): Promise<void> {
    const now = new Date().toISOString();
    for (const key of memberKeys) {
      try {
        await this.store.transactions.update({ key }, { $SET: { status: 'queued', solo: true, updatedAt: now }, $REMOVE: ['batchKey'] }, { condition: stillBatched(batch) });
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        continue;
      }
      const record = await this.store.read(key);
      if (record) this.requeue(record);
    }
  }

  private settlement(batch: ChainTransactionRecord, key: string) {
    const revert = revertOfRecord(batch);
    const write = this.store.transactions.transaction.update(
      { key },
      {
        $SET: {
          status: batch.status,
          hash: batch.hash,
          blockNumber: batch.blockNumber,
          ...(batch.error ? { error: batch.error } : {}),
          ...(batch.errorName ? { errorName: batch.errorName } : {}),
          ...(batch.errorArgs ? { errorArgs: batch.errorArgs } : {}),
          updatedAt: new Date().toISOString(),
        },
        $REMOVE: ['open'],
      },
      { condition: stillBatched(batch) },
    );
    const event =
      batch.status === 'confirmed'
        ? new ChainTransactionConfirmed(key, { key, hash: batch.hash as string, blockNumber: batch.blockNumber as string })
        : new ChainTransactionFailed(key, { key, hash: batch.hash, reason: batch.error ?? 'reverted', ...(revert ? { revert } : {}) });
    return { write, event };
  }
}

const stillBatched = (batch: ChainTransactionRecord) => new dynamoose.Condition('status').eq('batched').and().where('batchKey').eq(batch.key);
