import { Injectable, Logger } from '@nestjs/common';
import dynamoose from 'dynamoose';
import { type Hex, TransactionNotFoundError, TransactionReceiptNotFoundError, type TransactionReceipt } from 'viem';
import { ChainClients } from '../node/chain-clients.js';
import type { ChainTransactionRecord } from '../persistence/chain-transaction.model.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';
import { chainFaultMetrics } from './chain-fault-metrics.js';
import { appendAttempt } from './transaction-attempts.js';
import { NonceAllocator } from './nonce-allocator.js';
import { RequeueHook } from './requeue-hook.js';

/** `underpriced`: the node refuses it for its fee (below the base fee): replace it now rather than wait. */
export type PendingVerdict = 'pending' | 'rebroadcast' | 'displaced' | 'underpriced';

/** The node's answer to a broadcast of a transaction it has or had: in the pool, mined, or its nonce used. */
export const isAlreadySent = (error: unknown) => /already known|nonce too low|already imported|known transaction/i.test(String((error as Error)?.message));
const isUnderpriced = (error: unknown) => /less than block base fee|fee cap less than|underpriced|max fee per gas less/i.test(String((error as Error)?.message));

/**
 * A broadcast transaction without a receipt is in one of three states, told apart by the chain:
 * still in the pool (wait); unknown to the node with its nonce still free (the pending pool was
 * lost: broadcast the raw transaction on record again); or its nonce taken by a transaction the
 * platform did not sign (the account's key was used elsewhere: this one can never be mined, so the
 * record goes back to the queue to be signed again with a fresh nonce, and an alert is raised).
 */
@Injectable()
export class LostTransactionRecovery {
  private readonly logger = new Logger(LostTransactionRecovery.name);
  readonly requeue = new RequeueHook();

  constructor(
    private readonly store: ChainTransactionStore,
    private readonly nonces: NonceAllocator,
    private readonly clients: ChainClients,
  ) {}

  async receiptOf(hash: Hex): Promise<TransactionReceipt | undefined> {
    try {
      return await this.clients.publicClient.getTransactionReceipt({ hash });
    } catch (error) {
      if (error instanceof TransactionReceiptNotFoundError) return undefined;
      throw error;
    }
  }

  /** Called while `record` (broadcast, hash on record) has no receipt. */
  async check(record: ChainTransactionRecord): Promise<PendingVerdict> {
    const { publicClient } = this.clients;
    const hash = record.hash as Hex;
    // The mined count first, then the receipt: a receipt that appears in between is not taken for a displacement.
    const minedCount = await publicClient.getTransactionCount({ address: record.signer as Hex, blockTag: 'latest' });
    if (minedCount > (record.nonce as number)) {
      if (await this.receiptOf(hash)) return 'pending';
      await this.displaced(record);
      return 'displaced';
    }
    if (await this.knownToNode(hash)) return 'pending';
    try {
      await publicClient.sendRawTransaction({ serializedTransaction: record.rawTransaction as Hex });
    } catch (error) {
      if (isUnderpriced(error)) return 'underpriced';
      if (!isAlreadySent(error)) throw error;
    }
    chainFaultMetrics.rebroadcast.inc();
    this.logger.warn({ key: record.key, hash, nonce: record.nonce }, 'the node no longer knew a signed transaction: broadcast it again');
    return 'rebroadcast';
  }

  private async knownToNode(hash: Hex): Promise<boolean> {
    try {
      await this.clients.publicClient.getTransaction({ hash });
      return true;
    } catch (error) {
      if (error instanceof TransactionNotFoundError) return false;
      throw error;
    }
  }

  private async displaced(record: ChainTransactionRecord): Promise<void> {
    chainFaultMetrics.nonceDisplaced.inc();
    this.logger.error(
      { key: record.key, hash: record.hash, nonce: record.nonce },
      'ALERT: a transaction signed outside the platform took the nonce of a platform transaction; re-synchronizing the nonce and signing it again',
    );
    await this.nonces.resync(record.signer as Hex);
    const now = new Date().toISOString();
    await this.store.transactions.update(
      { key: record.key },
      {
        $SET: { status: 'queued', attempts: appendAttempt(record, 'displaced', now), updatedAt: now },
        $REMOVE: ['nonce', 'rawTransaction', 'hash', 'gas', 'maxFeePerGas', 'maxPriorityFeePerGas', 'sentAt'],
      },
      { condition: new dynamoose.Condition('status').eq(record.status).and().where('hash').eq(record.hash) },
    );
    this.requeue.send({ ...record, status: 'queued' } as ChainTransactionRecord);
  }
}
