import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { Hex } from 'viem';
import { UnitOfWork, isDataConflict } from '../../../data/index.js';
import { onboardBatch } from '../../domain/actions/onboard.js';
import { nextBatch } from '../../domain/mint-batches.js';
import { MAX_ONBOARDS_PER_BATCH, type QueuedOnboard, onboardBatchKeyOf } from '../../domain/onboard-batches.js';
import type { ChainTransactionRecord } from '../persistence/chain-transaction.model.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';

/**
 * Takes pending onboarding requests into one `onboardBatch` transaction of the registrar, recorded
 * with its members marked `batched` in one DynamoDB transaction before anything is signed. Settled
 * like a mint batch (BatchMemberSettler): each member gets its own outcome and event; a batch that
 * reverts sends its members one by one, so only the culprit's onboarding fails.
 */
export interface FormedOnboardBatch {
  /** The requests this round looked at: they leave the queue (as members, or because they moved on). */
  taken: Set<string>;
  /** The batch transaction; absent when no member was left. */
  batchKey?: string;
}

@Injectable()
export class OnboardBatcher {
  constructor(
    private readonly store: ChainTransactionStore,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** undefined: a member moved on meanwhile, nothing was recorded; the next round re-reads them. */
  async form(pending: QueuedOnboard[]): Promise<FormedOnboardBatch | undefined> {
    const candidates = nextBatch(pending, MAX_ONBOARDS_PER_BATCH);
    const taken = new Set(candidates.map((onboarding) => onboarding.key));
    const records = await this.store.readMany(candidates.map((onboarding) => onboarding.key));
    const members = records.filter((record): record is ChainTransactionRecord => record?.status === 'queued');
    if (members.length === 0) return { taken };
    const batchKey = onboardBatchKeyOf(randomUUID());
    const now = new Date().toISOString();
    const { transactions } = this.store;
    try {
      await this.unitOfWork.commit([
        transactions.transaction.create(
          {
            key: batchKey,
            kind: 'batch',
            signer: members[0].signer,
            to: members[0].to,
            data: onboardBatch(members.map((member) => member.data as Hex)),
            members: JSON.stringify(members.map((member) => member.key)),
            status: 'queued',
            open: '1',
            createdAt: now,
            updatedAt: now,
          },
          { overwrite: false },
        ),
        ...members.map((member) =>
          transactions.transaction.update({ key: member.key }, { status: 'batched', batchKey, updatedAt: now }, { condition: new dynamoose.Condition('status').eq('queued') }),
        ),
      ]);
    } catch (error) {
      if (!isDataConflict(error)) throw error;
      return undefined;
    }
    return { taken, batchKey };
  }
}
