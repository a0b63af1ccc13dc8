import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import dynamoose from 'dynamoose';
import { type Address, type Hex, keccak256, parseGwei } from 'viem';
import { UnitOfWork } from '../../../data/index.js';
import { chainConfig } from '../../chain.config.js';
import { bumpedFees } from '../../domain/fee-bump.js';
import { ChainClients } from '../node/chain-clients.js';
import type { ChainTransactionRecord } from '../persistence/chain-transaction.model.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';
import { chainFaultMetrics } from './chain-fault-metrics.js';
import { appendAttempt } from './transaction-attempts.js';

/**
 * A transaction in the pool but not mined within CHAIN_STUCK_AFTER_SECONDS is signed again with
 * the same nonce (so at most one of its attempts can be mined) and higher fees, up to
 * CHAIN_MAX_FEE_PER_GAS_GWEI. The new attempt is stored before it is broadcast; the earlier ones
 * stay on the record, and the receipt follower settles on whichever attempt is mined.
 */
@Injectable()
export class StuckTransactionReplacer {
  private readonly logger = new Logger(StuckTransactionReplacer.name);

  constructor(
    private readonly store: ChainTransactionStore,
    private readonly clients: ChainClients,
    private readonly unitOfWork: UnitOfWork,
    @Inject(chainConfig.KEY) private readonly config: ConfigType<typeof chainConfig>,
  ) {}

  isStuck(record: ChainTransactionRecord, now = Date.now()): boolean {
    return record.sentAt !== undefined && now - Date.parse(record.sentAt) >= this.config.CHAIN_STUCK_AFTER_SECONDS * 1000;
  }

  /** Replaces `record`'s current attempt; the new hash, or undefined when the fee ceiling is reached. */
  async replace(record: ChainTransactionRecord): Promise<Hex | undefined> {
    const { publicClient, chain } = this.clients;
    const { wallet, account } = this.clients.walletOf(record.signer);
    const current = { maxFeePerGas: BigInt(record.maxFeePerGas ?? '0'), maxPriorityFeePerGas: BigInt(record.maxPriorityFeePerGas ?? '0') };
    const fees = bumpedFees(current, await publicClient.estimateFeesPerGas(), parseGwei(String(this.config.CHAIN_MAX_FEE_PER_GAS_GWEI)));
    if (!fees) {
      this.logger.error({ key: record.key, hash: record.hash, maxFeePerGas: record.maxFeePerGas }, 'stuck chain transaction at the fee ceiling: not replaced');
      return undefined;
    }
    const rawTransaction = await wallet.signTransaction({
      account,
      chain,
      to: record.to as Address,
      data: record.data as Hex,
      nonce: record.nonce as number,
      gas: (BigInt(record.gas as string) * 125n) / 100n,
      ...fees,
    });
    const hash = keccak256(rawTransaction);
    const now = new Date().toISOString();
    await this.unitOfWork.commit([
      this.store.transactions.transaction.update(
        { key: record.key },
        {
          rawTransaction,
          hash,
          maxFeePerGas: fees.maxFeePerGas.toString(),
          maxPriorityFeePerGas: fees.maxPriorityFeePerGas.toString(),
          sentAt: now,
          attempts: appendAttempt(record, 'replaced', now),
          updatedAt: now,
        },
        { condition: new dynamoose.Condition('hash').eq(record.hash) },
      ),
      this.store.hashes.transaction.create({ hash: hash.toLowerCase(), key: record.key }),
    ]);
    chainFaultMetrics.replaced.inc();
    this.logger.warn({ key: record.key, replaced: record.hash, hash, nonce: record.nonce, ...Object.fromEntries(Object.entries(fees).map(([k, v]) => [k, v.toString()])) }, 'stuck chain transaction replaced at a higher fee');
    try {
      await publicClient.sendRawTransaction({ serializedTransaction: rawTransaction });
    } catch (error) {
      // Stored first: the receipt follower re-broadcasts it if the node did not take it.
      this.logger.warn({ err: error, key: record.key, hash }, 'replacement not broadcast yet');
    }
    return hash;
  }
}
