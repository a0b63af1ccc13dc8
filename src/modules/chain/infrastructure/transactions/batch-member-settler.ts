import { Injectable, Logger } from '@nestjs/common';
import dynamoose from 'dynamoose';
import { UnitOfWork, isConditionFailure, isDataConflict } from '../../../data/index.js';
import { ChainTransactionConfirmed } from '../../domain/events/chain-transaction-confirmed.event.js';
import { ChainTransactionFailed } from '../../domain/events/chain-transaction-failed.event.js';
import { MEMBERS_PER_SETTLEMENT, chunks } from '../../domain/mint-batches.js';
import type { ChainTransactionRecord } from '../persistence/chain-transaction.model.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';
import { revertOfRecord } from '../persistence/recorded-revert.js';
import { chainFaultMetrics } from './chain-fault-metrics.js';
import { AttestationOrder } from './attestation-order.js';
import { RequeueHook } from './requeue-hook.js';

/**
 * Gives every member of a final batch its own outcome and event. Confirmed: each member is
 * confirmed with the batch's hash. Reverted: a lone member fails with the batch's reason; several
 * go back to the queue to be sent one by one. Conditions make a second settlement a no-op.
 *
 * A batch that failed ahead of its own attestation (AttestationOrder) says nothing about its
 * members: they go back to the queue as they were and join a new batch with a new attestation.
 */
@Injectable()
export class BatchMemberSettler {
  private readonly logger = new Logger(BatchMemberSettler.name);
  readonly requeue = new RequeueHook();

  constructor(
    private readonly store: ChainTransactionStore,
    private readonly unitOfWork: UnitOfWork,
    private readonly attestations: AttestationOrder,
  ) {}

  async settle(batch: ChainTransactionRecord): Promise<void> {
    const memberKeys = JSON.parse(batch.members ?? '[]') as string[];
    const reform = batch.status === 'failed' ? await this.worthReforming(batch, memberKeys) : undefined;
    if (reform) {
      chainFaultMetrics.batchReformed.inc();
      this.logger.warn({ batch: batch.key, nonce: batch.nonce, members: memberKeys.length, reason: batch.error }, `batch ${reform}: its members join a new batch`);
      return this.requeueMembers(batch, memberKeys, { reformed: true });
    }
    if (batch.status === 'failed' && memberKeys.length > 1) return this.requeueMembers(batch, memberKeys, { solo: true });
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

  /**
   * Why a failed mint batch says nothing about its members, if it does not: it failed ahead of its
   * attestation, or its attestation fell short of the reserve. The reserve is a sum read from
   * several places (omnibus balance, payouts sent but not burned), and a payout the bank booked a
   * moment before the withdrawal recorded it leaves the sum short by its amount: a new attestation
   * reads it again. A batch that keeps failing is, after MAX_REFORMS, taken at its word (no loop).
   */
  private async worthReforming(batch: ChainTransactionRecord, memberKeys: string[]): Promise<string | undefined> {
    const members = await this.store.readMany(memberKeys);
    if (members.some((member) => (member?.reforms ?? 0) >= MAX_REFORMS)) return undefined;
    if (await this.attestations.failedAheadOfIt(batch)) return 'failed ahead of its attestation';
    if (batch.kind === 'batch' && (batch.errorName === 'EURTReserveExceeded' || batch.errorName === 'EURTReserveHeadroomExceeded')) return 'exceeded the reserve its attestation read';
    return undefined;
  }

  /** Back to the queue: `solo` sends each alone (a reverted batch: only the culprit fails); `reformed` counts a re-formed batch. */
  private async requeueMembers(batch: ChainTransactionRecord, memberKeys: string[], how: { solo?: true; reformed?: true }): Promise<void> {
    const now = new Date().toISOString();
    for (const key of memberKeys) {
      try {
        await this.store.transactions.update(
          { key },
          { $SET: { status: 'queued', ...(how.solo ? { solo: true } : {}), updatedAt: now }, ...(how.reformed ? { $ADD: { reforms: 1 } } : {}), $REMOVE: ['batchKey'] },
          { condition: stillBatched(batch) },
        );
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
        continue;
      }
      const record = await this.store.read(key);
      if (record) this.requeue.send(record);
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

/** Re-formations of one member's batch before its failure is believed (each costs an attestation and a batch). */
const MAX_REFORMS = 3;

const stillBatched = (batch: ChainTransactionRecord) => new dynamoose.Condition('status').eq('batched').and().where('batchKey').eq(batch.key);
