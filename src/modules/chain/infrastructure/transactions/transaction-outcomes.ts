import { Injectable, Logger } from '@nestjs/common';
import dynamoose from 'dynamoose';
import { UnitOfWork, isDataConflict } from '../../../data/index.js';
import { ChainTransactionConfirmed } from '../../domain/events/chain-transaction-confirmed.event.js';
import { ChainTransactionFailed } from '../../domain/events/chain-transaction-failed.event.js';
import type { ChainTransactionRecord } from '../persistence/chain-transaction.model.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';
import { revertFields } from '../persistence/recorded-revert.js';
import { BatchMemberSettler } from './batch-member-settler.js';
import type { DecodedRevert } from './revert-decoder.js';

/**
 * Makes a transaction final, confirmed or failed, with its event in the same DynamoDB
 * transaction (the outbox); a final batch then settles its members.
 */
@Injectable()
export class TransactionOutcomes {
  private readonly logger = new Logger(TransactionOutcomes.name);

  constructor(
    private readonly store: ChainTransactionStore,
    private readonly unitOfWork: UnitOfWork,
    private readonly members: BatchMemberSettler,
  ) {}

  async confirm(record: ChainTransactionRecord, blockNumber: bigint): Promise<void> {
    const event = new ChainTransactionConfirmed(record.key, {
      key: record.key,
      hash: record.hash as string,
      blockNumber: blockNumber.toString(),
    });
    await this.finish(record, { status: 'confirmed', hash: record.hash, blockNumber: blockNumber.toString() }, event);
  }

  async fail(record: ChainTransactionRecord, decoded: DecodedRevert, blockNumber?: bigint): Promise<void> {
    this.logger.warn({ key: record.key, reason: decoded.reason }, 'chain transaction failed');
    const { revert, reason } = decoded;
    const event = new ChainTransactionFailed(record.key, { key: record.key, hash: record.hash, reason, ...(revert ? { revert } : {}) });
    await this.finish(record, { status: 'failed', ...revertFields(decoded), ...(blockNumber ? { blockNumber: blockNumber.toString() } : {}) }, event);
  }

  /** Members of a batch that finished just before a crash still wait for their own outcome. */
  async settleMembersOf(batchKey: string): Promise<void> {
    const batch = await this.store.read(batchKey);
    if (batch?.status === 'confirmed' || batch?.status === 'failed') await this.members.settle(batch);
  }

  private async finish(
    record: ChainTransactionRecord,
    changes: Partial<ChainTransactionRecord>,
    event: ChainTransactionConfirmed | ChainTransactionFailed,
  ): Promise<void> {
    try {
      await this.unitOfWork.commit(
        [
          this.store.transactions.transaction.update(
            { key: record.key },
            { $SET: { ...changes, updatedAt: new Date().toISOString() }, $REMOVE: ['open'] },
            { condition: new dynamoose.Condition('status').eq(record.status) },
          ),
        ],
        [event],
      );
    } catch (error) {
      if (!isDataConflict(error)) throw error; // someone else finished it
    }
    if (record.kind === 'batch') {
      const final = await this.store.read(record.key);
      if (final) await this.members.settle(final);
    }
  }
}
