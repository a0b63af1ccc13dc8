import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import dynamoose from 'dynamoose';
import { type Abi, type Address, type Hex, keccak256 } from 'viem';
import { appConfig } from '../../../../shared/config/index.js';
import { crashPoint } from '../../../../shared/testing/crash-point.js';
import { UnitOfWork } from '../../../data/index.js';
import { ChainClients } from '../node/chain-clients.js';
import type { ChainTransactionRecord } from '../persistence/chain-transaction.model.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';
import { AttestationOrder } from './attestation-order.js';
import { LostTransactionRecovery, isAlreadySent } from './lost-transaction-recovery.js';
import { NonceAllocator } from './nonce-allocator.js';
import { AwaitingPrerequisite, TransactionPrerequisites } from './transaction-prerequisites.js';
import { StuckTransactionReplacer } from './stuck-transaction-replacer.js';
import { attemptsOf } from './transaction-attempts.js';
import { decodeRevert, isRevert } from './revert-decoder.js';
import { TransactionOutcomes } from './transaction-outcomes.js';

export const RETRY_DELAY_MS = 500;
const RECEIPT_POLL_MS = 500;
const GAS_HEADROOM_PERCENT = 125n;

/**
 * Signs a queued transaction with the next nonce, stores nonce, raw transaction and hash before
 * the broadcast (so a crash re-sends the very same transaction instead of a new one), broadcasts
 * it and follows it to its receipt.
 */
@Injectable()
export class TransactionSender implements OnApplicationShutdown {
  private readonly logger = new Logger(TransactionSender.name);
  private readonly watched = new Set<string>();
  private abis: readonly Abi[] = [];
  private stopped = false;

  constructor(
    private readonly store: ChainTransactionStore,
    private readonly nonces: NonceAllocator,
    private readonly outcomes: TransactionOutcomes,
    private readonly recovery: LostTransactionRecovery,
    private readonly replacer: StuckTransactionReplacer,
    private readonly attestations: AttestationOrder,
    private readonly prerequisites: TransactionPrerequisites,
    private readonly clients: ChainClients,
    private readonly unitOfWork: UnitOfWork,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  /** ABIs whose custom errors name the reason of a revert. */
  useErrorAbis(abis: readonly Abi[]): void {
    this.abis = abis;
  }

  onApplicationShutdown(): void {
    this.stopped = true;
  }

  async signAndSend(key: string): Promise<void> {
    const record = await this.store.read(key);
    if (!record) return;
    // Signed by an earlier attempt whose commit landed though its answer was lost: send that one.
    if (record.status === 'signed' && record.nonce !== undefined && !this.watched.has(key)) return this.resumeSigned(record);
    if (record.status !== 'queued') return;
    // Sent from another account, what it relies on has its own nonce sequence: only mined is ahead of it.
    if (!(await this.prerequisites.met(record))) throw new AwaitingPrerequisite(record);
    const { publicClient, chain } = this.clients;
    const { wallet, account } = this.clients.walletOf(record.signer);
    const call = { account, to: record.to as Address, data: record.data as Hex };

    let gas: bigint;
    try {
      // Against the pending block: a batch is estimated after the attestation sent just before it.
      gas = await publicClient.estimateGas({ ...call, blockTag: 'pending' });
    } catch (error) {
      if (!isRevert(error)) throw error;
      // The pending block may have left the batch's attestation out (base fee above its fee, pool lost): wait for it.
      if (await this.attestations.awaitsItsAttestation(record)) throw new Error('the batch waits for its reserve attestation to be mined');
      // It would revert: refuse it before it costs a nonce or gas.
      await this.outcomes.fail(record, decodeRevert(error, this.abis));
      return;
    }

    const nonce = this.nonces.peek(record.signer);
    const fees = await publicClient.estimateFeesPerGas();
    const rawTransaction = await wallet.signTransaction({
      ...call,
      chain,
      nonce,
      gas: (gas * GAS_HEADROOM_PERCENT) / 100n,
      maxFeePerGas: fees.maxFeePerGas,
      maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
    });
    const hash = keccak256(rawTransaction);
    const now = new Date().toISOString();
    const signed = this.unitOfWork.commit([
      this.nonces.takeWrite(record.signer, nonce),
      this.store.transactions.transaction.update(
        { key },
        {
          status: 'signed',
          nonce,
          gas: gas.toString(),
          rawTransaction,
          hash,
          maxFeePerGas: fees.maxFeePerGas.toString(),
          maxPriorityFeePerGas: fees.maxPriorityFeePerGas.toString(),
          sentAt: now,
          updatedAt: now,
        },
        { condition: new dynamoose.Condition('status').eq('queued') },
      ),
      // Recorded before the broadcast, so any log of this transaction can be traced back to its key.
      this.store.hashes.transaction.create({ hash: hash.toLowerCase(), key }),
    ]);
    await signed.catch((error: unknown) => this.afterFailedSigning(record, hash, error));
    this.nonces.taken(record.signer, nonce);
    crashPoint(this.app.CRASH_AT, `chain.${record.kind ?? 'call'}-signed`);
    await this.broadcast({ ...record, status: 'signed', nonce, rawTransaction, hash } as ChainTransactionRecord);
  }

  /**
   * The signing commit failed, or only its answer did (the database cut mid-call): when the record
   * holds this very signature, it committed and goes on; otherwise the stored nonce is read back
   * (it may have moved) and the error stands, so the queue signs it again.
   */
  private async afterFailedSigning(queued: ChainTransactionRecord, hash: Hex, error: unknown): Promise<void> {
    const record = await this.store.read(queued.key);
    if (record?.status === 'signed' && record.hash === hash) return;
    await this.nonces.reload(queued.signer);
    throw error;
  }

  private async resumeSigned(record: ChainTransactionRecord): Promise<void> {
    this.nonces.taken(record.signer, record.nonce as number);
    await this.broadcast(record);
  }

  /** Whether this instance follows the transaction's receipt now. */
  isWatching(key: string): boolean {
    return this.watched.has(key);
  }

  async broadcast(record: ChainTransactionRecord): Promise<void> {
    try {
      await this.clients.publicClient.sendRawTransaction({ serializedTransaction: record.rawTransaction as Hex });
      if (record.status === 'signed') {
        await this.store.transactions.update({ key: record.key }, { status: 'broadcast', updatedAt: new Date().toISOString() });
      }
    } catch (error) {
      // Already in the pool, already mined (a re-send after a crash) or its nonce taken: followReceipt tells which.
      // Refused (node unreachable, fee below the base fee): signed and on record, so the follower broadcasts or replaces it.
      if (!isAlreadySent(error)) this.logger.warn({ err: error, key: record.key, hash: record.hash }, 'signed transaction not accepted by the node yet; its follower retries');
      else if (record.status === 'signed') await this.store.transactions.update({ key: record.key }, { status: 'broadcast', updatedAt: new Date().toISOString() });
    }
    this.watch(record.key, record.hash as Hex);
  }

  watch(key: string, hash: Hex): void {
    if (this.watched.has(key)) return;
    this.watched.add(key);
    void this.followReceipt(key, hash).finally(() => this.watched.delete(key));
  }

  /**
   * Polls for the receipt; while there is none, LostTransactionRecovery tells a pending transaction
   * from one the node lost (re-broadcast) or one whose nonce was taken (re-signed).
   */
  private async followReceipt(key: string, hash: Hex): Promise<void> {
    const { publicClient, confirmations } = this.clients;
    let finishing = false;
    while (!this.stopped) {
      try {
        const record = await this.store.read(key);
        if (!record?.hash) return;
        if (record.status === 'confirmed' || record.status === 'failed') {
          // Made final here, but the settlement of its members failed (or its answer was lost): settle them now.
          if (finishing && record.kind === 'batch') {
            await this.outcomes.settleMembersOf(record.key);
            this.logger.warn({ key, hash }, 'final batch: members settled on a second attempt');
          }
          return;
        }
        // A replacement (stuck, or an operator's re-send) changed the current attempt.
        hash = record.hash as Hex;
        const mined = await this.minedAttempt(record);
        if (mined) {
          const head = await publicClient.getBlockNumber();
          if (head - mined.receipt.blockNumber >= BigInt(confirmations)) {
            finishing = true;
            const settled = { ...record, hash: mined.hash } as ChainTransactionRecord;
            if (mined.receipt.status === 'success') await this.outcomes.confirm(settled, mined.receipt.blockNumber);
            else await this.outcomes.fail(settled, await this.explainRevert(record, mined.receipt.blockNumber), mined.receipt.blockNumber);
            return;
          }
        } else {
          const verdict = await this.recovery.check(record);
          if (verdict === 'displaced') return;
          if (verdict === 'underpriced' || (verdict === 'pending' && this.replacer.isStuck(record))) {
            const replacement = await this.replacer.replace(record);
            if (replacement) hash = replacement;
          }
        }
      } catch (error) {
        if (this.stopped) return;
        this.logger.warn({ err: error, key, hash }, 'waiting for receipt again');
      }
      await new Promise((resolve) => setTimeout(resolve, RECEIPT_POLL_MS));
    }
  }

  /** The attempt that was mined: the current one or one it replaced (they share the nonce, so at most one is). */
  private async minedAttempt(record: ChainTransactionRecord) {
    const replaced = attemptsOf(record).filter((attempt) => attempt.outcome === 'replaced' && attempt.nonce === record.nonce);
    for (const hash of [record.hash as Hex, ...replaced.map((attempt) => attempt.hash as Hex)]) {
      const receipt = await this.recovery.receiptOf(hash);
      if (receipt) return { hash, receipt };
    }
    return undefined;
  }

  /** Replays a reverted call at its block to learn the custom error it reverted with. */
  private async explainRevert(record: ChainTransactionRecord, blockNumber: bigint) {
    try {
      await this.clients.publicClient.call({
        account: record.signer as Address,
        to: record.to as Address,
        data: record.data as Hex,
        blockNumber,
      });
      return { reason: 'reverted' };
    } catch (error) {
      return decodeRevert(error, this.abis);
    }
  }
}
