import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { QueryBus } from '@nestjs/cqrs';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import { type Abi, type Address, type Hex, keccak256 } from 'viem';
import { appConfig } from '../../../shared/config/index.js';
import { crashPoint } from '../../../shared/testing/crash-point.js';
import { DynamoTables, UnitOfWork, isConditionFailure, isDataConflict } from '../../data/index.js';
import { GetAttestableReserveQuery } from '../application/queries/chain.queries.js';
import type { ChainTransactionView } from '../domain/chain-transaction.js';
import { ChainTransactionConfirmed } from '../domain/events/chain-transaction-confirmed.event.js';
import { ChainTransactionFailed } from '../domain/events/chain-transaction-failed.event.js';
import { ChainClients } from '../infrastructure/chain-clients.js';
import {
  ChainTransactionKind,
  ChainTransactionRecord,
  OPEN_INDEX,
  SignerNonceRecord,
  TransactionHashRecord,
  chainTransactionSchema,
  signerNonceSchema,
  transactionHashSchema,
} from './chain-transaction.model.js';
import {
  MEMBERS_PER_SETTLEMENT,
  type QueuedMint,
  attestCalldata,
  attestKeyOf,
  batchCalldata,
  batchKeyOf,
  chunks,
  mintCalldata,
  nextBatch,
  queuedMintOf,
} from './mint-batches.js';
import { decodeRevert, isRevert } from './revert-decoder.js';

export interface TransactionRequest {
  /** Idempotency key: submitting the same key again returns the first transaction. */
  key: string;
  to: Address;
  data: Hex;
}

export interface MintRequest {
  key: string;
  token: Address;
  to: Address;
  amount: bigint;
}

interface QueueEntry {
  key: string;
  mint?: QueuedMint;
}

const RETRY_DELAY_MS = 500;
const GAS_HEADROOM_PERCENT = 125n;

/**
 * The platform operator's transactions, each a persisted state machine: recorded as queued,
 * signed with the next nonce (stored before the broadcast, so a crash re-sends the very same
 * transaction instead of a new one), broadcast in nonce order by one in-process queue, and
 * followed to its receipt. The outcome is raised as an event through the outbox.
 *
 * Mint requests wait in the same queue; when the queue reaches one, every pending mint request is
 * taken into one batch: an attestation of the current reserve and one `batchMint`, recorded with
 * the members marked `batched` in a single DynamoDB transaction before anything is signed. When
 * the batch is final, each member is settled with its own event. A batch that reverts is split:
 * its members go out one by one, so only the culprit fails.
 */
@Injectable()
export class TransactionManager implements OnApplicationShutdown {
  private readonly logger = new Logger(TransactionManager.name);
  private readonly transactions: ModelType<ChainTransactionRecord>;
  private readonly nonces: ModelType<SignerNonceRecord>;
  private readonly hashes: ModelType<TransactionHashRecord>;
  private readonly queue: QueueEntry[] = [];
  private readonly watched = new Set<string>();
  private nextNonce?: number;
  private draining = false;
  private stopped = false;
  private abis: readonly Abi[] = [];

  constructor(
    tables: DynamoTables,
    private readonly clients: ChainClients,
    private readonly unitOfWork: UnitOfWork,
    private readonly queries: QueryBus,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
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
    return this.record({ key: request.key, to: request.to, data: request.data, kind: 'call' });
  }

  /** One logical mint per key; it leaves in a batch with whatever else is pending. */
  async submitMint(request: MintRequest): Promise<ChainTransactionView> {
    return this.record({
      key: request.key,
      to: request.token,
      data: mintCalldata(request.to, request.amount),
      kind: 'mint',
      recipient: request.to,
      amount: request.amount.toString(),
    });
  }

  private async record(fields: { key: string; to: Address; data: Hex; kind: ChainTransactionKind; recipient?: Address; amount?: string }) {
    const now = new Date().toISOString();
    const record = { ...fields, signer: this.clients.operator.address, status: 'queued' as const, open: '1', createdAt: now, updatedAt: now };
    try {
      await this.unitOfWork.commit([this.transactions.transaction.create(record, { overwrite: false })]);
    } catch (error) {
      if (!isDataConflict(error)) throw error;
      return this.get(fields.key) as Promise<ChainTransactionView>;
    }
    this.enqueue(record as ChainTransactionRecord);
    return { key: fields.key, status: 'queued' as const };
  }

  async get(key: string): Promise<ChainTransactionView | undefined> {
    const record = await this.transactions.get({ key });
    if (!record) return undefined;
    const { status, hash, blockNumber, errorName, error, batchKey } = record;
    return { key, status, hash, blockNumber, errorName, error, ...(batchKey ? { batchKey } : {}) };
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
    // Members of a batch that finished just before the crash still wait for their own outcome.
    const batches = new Set(open.filter((tx) => tx.status === 'batched').map((tx) => tx.batchKey as string));
    for (const batchKey of batches) {
      const batch = await this.transactions.get({ key: batchKey }, { consistent: true });
      if (batch?.status === 'confirmed' || batch?.status === 'failed') await this.settleMembers(batch);
    }
    // An attestation is recorded a millisecond before its batch, so it is queued (and mined) first.
    for (const tx of open.filter((record) => record.status === 'queued').sort((a, b) => a.createdAt.localeCompare(b.createdAt))) {
      this.enqueue(tx);
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

  private enqueue(record: ChainTransactionRecord): void {
    this.queue.push({ key: record.key, ...(record.kind === 'mint' ? { mint: queuedMintOf(record) } : {}) });
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.draining || this.nextNonce === undefined) return;
    this.draining = true;
    try {
      while (this.queue.length && !this.stopped) {
        const { key, mint } = this.queue[0];
        try {
          if (mint) {
            await this.formBatch();
          } else {
            await this.signAndSend(key);
            this.queue.shift();
          }
        } catch (error) {
          this.logger.warn({ err: error, key }, 'chain transaction not sent yet; retrying');
          await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
        }
      }
    } finally {
      this.draining = false;
    }
  }

  /**
   * Takes the pending mint requests into one batch and puts its attestation and transaction at the
   * head of the queue. Everything is recorded before anything is signed: after a crash the batch
   * resumes as recorded, and no member can join a second batch (its state is no longer queued).
   */
  private async formBatch(): Promise<void> {
    const seen = new Set<string>();
    const pending = this.queue.flatMap((entry) => (entry.mint && !seen.has(entry.key) && seen.add(entry.key) ? [entry.mint] : []));
    const candidates = nextBatch(pending);
    const records = await Promise.all(candidates.map((mint) => this.transactions.get({ key: mint.key }, { consistent: true })));
    const members = candidates.filter((_, index) => records[index]?.status === 'queued');
    const token = records.find((record) => record?.status === 'queued')?.to as Address | undefined;
    const taken = new Set(candidates.map((mint) => mint.key));
    if (members.length === 0 || !token) {
      this.removeFromQueue(taken);
      return;
    }
    const reserve = await this.queries.execute(new GetAttestableReserveQuery());
    const batchKey = batchKeyOf(randomUUID());
    const attestKey = attestKeyOf(batchKey);
    const nowMs = Date.now();
    const signer = this.clients.operator.address;
    const common = { signer, to: token, status: 'queued' as const, open: '1' };
    try {
      await this.unitOfWork.commit([
        this.transactions.transaction.create(
          { ...common, key: attestKey, kind: 'attest', data: attestCalldata(reserve), createdAt: new Date(nowMs - 1).toISOString(), updatedAt: new Date(nowMs).toISOString() },
          { overwrite: false },
        ),
        this.transactions.transaction.create(
          { ...common, key: batchKey, kind: 'batch', data: batchCalldata(members), members: JSON.stringify(members.map((m) => m.key)), createdAt: new Date(nowMs).toISOString(), updatedAt: new Date(nowMs).toISOString() },
          { overwrite: false },
        ),
        ...members.map((member) =>
          this.transactions.transaction.update(
            { key: member.key },
            { status: 'batched', batchKey, updatedAt: new Date(nowMs).toISOString() },
            { condition: new dynamoose.Condition('status').eq('queued') },
          ),
        ),
      ]);
    } catch (error) {
      if (!isDataConflict(error)) throw error;
      return; // a member moved on meanwhile: the next round re-reads them
    }
    this.removeFromQueue(taken);
    this.queue.unshift({ key: attestKey }, { key: batchKey });
    crashPoint(this.app.CRASH_AT, 'chain.batch-recorded');
  }

  private removeFromQueue(keys: Set<string>): void {
    for (let index = this.queue.length - 1; index >= 0; index--) if (keys.has(this.queue[index].key)) this.queue.splice(index, 1);
  }

  private async signAndSend(key: string): Promise<void> {
    const record = await this.transactions.get({ key }, { consistent: true });
    if (!record || record.status !== 'queued') return;
    const { publicClient, operatorWallet, operator, chain } = this.clients;
    const call = { account: operator, to: record.to as Address, data: record.data as Hex };

    let gas: bigint;
    try {
      // Against the pending block: a batch is estimated after the attestation sent just before it.
      gas = await publicClient.estimateGas({ ...call, blockTag: 'pending' });
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
    crashPoint(this.app.CRASH_AT, `chain.${record.kind ?? 'call'}-signed`);
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
    if (record.kind === 'batch') {
      const final = await this.transactions.get({ key: record.key }, { consistent: true });
      if (final) await this.settleMembers(final);
    }
  }

  /**
   * Gives every member of a final batch its own outcome and event. Confirmed: each member is
   * confirmed with the batch's hash. Reverted: a lone member fails with the batch's reason; several
   * go back to the queue to be sent one by one. Conditions make a second settlement a no-op.
   */
  private async settleMembers(batch: ChainTransactionRecord): Promise<void> {
    const memberKeys = JSON.parse(batch.members ?? '[]') as string[];
    const stillBatched = new dynamoose.Condition('status').eq('batched').and().where('batchKey').eq(batch.key);
    const now = new Date().toISOString();
    if (batch.status === 'failed' && memberKeys.length > 1) {
      for (const key of memberKeys) {
        try {
          await this.transactions.update({ key }, { $SET: { status: 'queued', solo: true, updatedAt: now }, $REMOVE: ['batchKey'] }, { condition: stillBatched });
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
          continue;
        }
        const record = await this.transactions.get({ key }, { consistent: true });
        if (record) this.enqueue(record);
      }
      return;
    }
    for (const group of chunks(memberKeys, MEMBERS_PER_SETTLEMENT)) {
      const settle = (key: string) => ({
        write: this.transactions.transaction.update(
          { key },
          {
            $SET: {
              status: batch.status,
              hash: batch.hash,
              blockNumber: batch.blockNumber,
              ...(batch.error ? { error: batch.error } : {}),
              ...(batch.errorName ? { errorName: batch.errorName } : {}),
              updatedAt: now,
            },
            $REMOVE: ['open'],
          },
          { condition: stillBatched },
        ),
        event:
          batch.status === 'confirmed'
            ? new ChainTransactionConfirmed(key, { key, hash: batch.hash as string, blockNumber: batch.blockNumber as string })
            : new ChainTransactionFailed(key, { key, hash: batch.hash, reason: batch.error ?? 'reverted', ...(batch.errorName ? { errorName: batch.errorName } : {}) }),
      });
      try {
        const settlements = group.map(settle);
        await this.unitOfWork.commit(settlements.map((s) => s.write), settlements.map((s) => s.event));
      } catch (error) {
        if (!isDataConflict(error)) throw error;
        // Part of the group was settled before a crash: settle the rest one by one.
        for (const key of group) {
          const single = settle(key);
          try {
            await this.unitOfWork.commit([single.write], [single.event]);
          } catch (inner) {
            if (!isDataConflict(inner)) throw inner;
          }
        }
      }
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
