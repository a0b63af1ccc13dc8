import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import { type Abi, type Address, type Hex, keccak256 } from 'viem';
import { DynamoTables, UnitOfWork, isDataConflict } from '../../data/index.js';
import type { ChainTransactionView } from '../domain/chain-transaction.js';
import { ChainTransactionConfirmed } from '../domain/events/chain-transaction-confirmed.event.js';
import { ChainTransactionFailed } from '../domain/events/chain-transaction-failed.event.js';
import { ChainClients } from '../infrastructure/chain-clients.js';
import {
  ChainTransactionRecord,
  OPEN_INDEX,
  SignerNonceRecord,
  TransactionHashRecord,
  chainTransactionSchema,
  signerNonceSchema,
  transactionHashSchema,
} from './chain-transaction.model.js';
import { decodeRevert, isRevert } from './revert-decoder.js';

export interface TransactionRequest {
  /** Idempotency key: submitting the same key again returns the first transaction. */
  key: string;
  to: Address;
  data: Hex;
}

const RETRY_DELAY_MS = 500;
const GAS_HEADROOM_PERCENT = 125n;

/**
 * The platform operator's transactions, each a persisted state machine: recorded as queued,
 * signed with the next nonce (stored before the broadcast, so a crash re-sends the very same
 * transaction instead of a new one), broadcast in nonce order by one in-process queue, and
 * followed to its receipt. The outcome is raised as an event through the outbox.
 */
@Injectable()
export class TransactionManager implements OnApplicationShutdown {
  private readonly logger = new Logger(TransactionManager.name);
  private readonly transactions: ModelType<ChainTransactionRecord>;
  private readonly nonces: ModelType<SignerNonceRecord>;
  private readonly hashes: ModelType<TransactionHashRecord>;
  private readonly queue: string[] = [];
  private readonly watched = new Set<string>();
  private nextNonce?: number;
  private draining = false;
  private stopped = false;
  private abis: readonly Abi[] = [];

  constructor(
    tables: DynamoTables,
    private readonly clients: ChainClients,
    private readonly unitOfWork: UnitOfWork,
  ) {
    this.transactions = tables.define<ChainTransactionRecord>('chain_transactions', chainTransactionSchema);
    this.nonces = tables.define<SignerNonceRecord>('chain_nonces', signerNonceSchema);
    this.hashes = tables.define<TransactionHashRecord>('chain_transaction_hashes', transactionHashSchema);
  }

  /** ABIs whose custom errors name the reason of a revert. */
  useErrorAbis(abis: readonly Abi[]): void {
    this.abis = abis;
  }

  async submit(request: TransactionRequest): Promise<ChainTransactionView> {
    const now = new Date().toISOString();
    const record = {
      key: request.key,
      signer: this.clients.operator.address,
      to: request.to,
      data: request.data,
      status: 'queued' as const,
      open: '1',
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.unitOfWork.commit([this.transactions.transaction.create(record, { overwrite: false })]);
    } catch (error) {
      if (!isDataConflict(error)) throw error;
      return this.get(request.key) as Promise<ChainTransactionView>;
    }
    this.enqueue(request.key);
    return { key: request.key, status: 'queued' };
  }

  async get(key: string): Promise<ChainTransactionView | undefined> {
    const record = await this.transactions.get({ key });
    if (!record) return undefined;
    const { status, hash, blockNumber, errorName, error } = record;
    return { key, status, hash, blockNumber, errorName, error };
  }

  /** The key of the platform transaction with this hash; undefined when the platform did not send it. */
  async keyOfHash(hash: string): Promise<string | undefined> {
    return (await this.hashes.get({ hash: hash.toLowerCase() }))?.key;
  }

  /** Resumes every transaction a previous run left open: re-sends signed ones in nonce order, then the queue. */
  async resume(): Promise<void> {
    await this.initNonce();
    const open: ChainTransactionRecord[] = [];
    let lastKey: object | undefined;
    do {
      let query = this.transactions.query('open').eq('1').using(OPEN_INDEX).limit(500);
      if (lastKey) query = query.startAt(lastKey as never);
      const page = await query.exec();
      open.push(...page);
      lastKey = page.lastKey;
    } while (lastKey);
    const sent = open.filter((tx) => tx.nonce !== undefined).sort((a, b) => (a.nonce ?? 0) - (b.nonce ?? 0));
    for (const tx of sent) {
      if (tx.status === 'signed' || tx.status === 'broadcast') await this.broadcast(tx);
      else this.watch(tx.key, tx.hash as Hex);
    }
    for (const tx of open.filter((record) => record.status === 'queued').sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      this.enqueue(tx.key);
    }
    if (open.length) this.logger.log({ resumed: open.length }, 'resumed open chain transactions');
  }

  onApplicationShutdown(): void {
    this.stopped = true;
  }

  private async initNonce(): Promise<void> {
    const signer = this.clients.operator.address;
    const stored = await this.nonces.get({ signer });
    const onChain = await this.clients.publicClient.getTransactionCount({ address: signer, blockTag: 'pending' });
    this.nextNonce = Math.max(stored?.next ?? 0, onChain);
    if (stored?.next !== this.nextNonce) await this.nonces.update({ signer }, { next: this.nextNonce });
  }

  private enqueue(key: string): void {
    this.queue.push(key);
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.draining || this.nextNonce === undefined) return;
    this.draining = true;
    try {
      while (this.queue.length && !this.stopped) {
        const key = this.queue[0];
        try {
          await this.signAndSend(key);
          this.queue.shift();
        } catch (error) {
          this.logger.warn({ err: error, key }, 'chain transaction not sent yet; retrying');
          await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
        }
      }
    } finally {
      this.draining = false;
    }
  }

  private async signAndSend(key: string): Promise<void> {
    const record = await this.transactions.get({ key }, { consistent: true });
    if (!record || record.status !== 'queued') return;
    const { publicClient, operatorWallet, operator, chain } = this.clients;
    const call = { account: operator, to: record.to as Address, data: record.data as Hex };

    let gas: bigint;
    try {
      gas = await publicClient.estimateGas(call);
    } catch (error) {
      if (!isRevert(error)) throw error;
      // It would revert: refuse it before it costs a nonce or gas.
      await this.fail(record, decodeRevert(error, this.abis));
      return;
    }

    const nonce = this.nextNonce as number;
    const fees = await publicClient.estimateFeesPerGas();
    const rawTransaction = await operatorWallet.signTransaction({
      ...call,
      chain,
      nonce,
      gas: (gas * GAS_HEADROOM_PERCENT) / 100n,
      maxFeePerGas: fees.maxFeePerGas,
      maxPriorityFeePerGas: fees.maxPriorityFeePerGas,
    });
    const hash = keccak256(rawTransaction);
    const now = new Date().toISOString();
    await this.unitOfWork.commit([
      this.nonces.transaction.update(
        { signer: operator.address },
        { next: nonce + 1 },
        { condition: new dynamoose.Condition('next').eq(nonce) },
      ),
      this.transactions.transaction.update(
        { key },
        { status: 'signed', nonce, gas: gas.toString(), rawTransaction, hash, updatedAt: now },
        { condition: new dynamoose.Condition('status').eq('queued') },
      ),
      // Recorded before the broadcast, so any log of this transaction can be traced back to its key.
      this.hashes.transaction.create({ hash: hash.toLowerCase(), key }),
    ]);
    this.nextNonce = nonce + 1;
    await this.broadcast({ ...record, status: 'signed', nonce, rawTransaction, hash } as ChainTransactionRecord);
  }

  private async broadcast(record: ChainTransactionRecord): Promise<void> {
    try {
      await this.clients.publicClient.sendRawTransaction({ serializedTransaction: record.rawTransaction as Hex });
    } catch (error) {
      // Already in the pool or already mined (a re-send after a crash): the receipt will tell.
      if (!/already known|nonce too low|already imported|known transaction/i.test(String((error as Error).message))) throw error;
    }
    if (record.status === 'signed') {
      await this.transactions.update({ key: record.key }, { status: 'broadcast', updatedAt: new Date().toISOString() });
    }
    this.watch(record.key, record.hash as Hex);
  }

  private watch(key: string, hash: Hex): void {
    if (this.watched.has(key)) return;
    this.watched.add(key);
    void this.followReceipt(key, hash).finally(() => this.watched.delete(key));
  }

  private async followReceipt(key: string, hash: Hex): Promise<void> {
    const { publicClient, confirmations } = this.clients;
    while (!this.stopped) {
      try {
        const receipt = await publicClient.waitForTransactionReceipt({ hash, confirmations: confirmations + 1, timeout: 120_000 });
        const record = await this.transactions.get({ key }, { consistent: true });
        if (!record || record.status === 'confirmed' || record.status === 'failed') return;
        if (receipt.status === 'success') {
          await this.confirm(record, receipt.blockNumber);
        } else {
          await this.fail(record, await this.explainRevert(record, receipt.blockNumber), receipt.blockNumber);
        }
        return;
      } catch (error) {
        if (this.stopped) return;
        this.logger.warn({ err: error, key, hash }, 'waiting for receipt again');
        await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
      }
    }
  }

  private async confirm(record: ChainTransactionRecord, blockNumber: bigint): Promise<void> {
    const event = new ChainTransactionConfirmed(record.key, {
      key: record.key,
      hash: record.hash as string,
      blockNumber: blockNumber.toString(),
    });
    await this.finish(record, { status: 'confirmed', blockNumber: blockNumber.toString() }, event);
  }

  private async fail(record: ChainTransactionRecord, revert: { errorName?: string; reason: string }, blockNumber?: bigint): Promise<void> {
    this.logger.warn({ key: record.key, reason: revert.reason }, 'chain transaction failed');
    const event = new ChainTransactionFailed(record.key, { key: record.key, hash: record.hash, ...revert });
    await this.finish(
      record,
      { status: 'failed', error: revert.reason, ...(revert.errorName ? { errorName: revert.errorName } : {}), ...(blockNumber ? { blockNumber: blockNumber.toString() } : {}) },
      event,
    );
  }

  private async finish(
    record: ChainTransactionRecord,
    changes: Partial<ChainTransactionRecord>,
    event: ChainTransactionConfirmed | ChainTransactionFailed,
  ): Promise<void> {
    try {
      await this.unitOfWork.commit(
        [
          this.transactions.transaction.update(
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
  }

  /** Replays a reverted call at its block to learn the custom error it reverted with. */
  private async explainRevert(record: ChainTransactionRecord, blockNumber: bigint) {
    try {
      await this.clients.publicClient.call({
        account: this.clients.operator,
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
