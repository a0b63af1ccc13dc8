import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { IdleBackoff } from '../../../../shared/state-machine/index.js';
import type { Abi, Address, Hex } from 'viem';
import { mint } from '../../domain/actions/mint.js';
import type { ChainTransactionView } from '../../domain/chain-transaction.js';
import { type QueuedMint, queuedMintOf } from '../../domain/mint-batches.js';
import { ChainClients } from '../node/chain-clients.js';
import type { ChainTransactionFields, ChainTransactionRecord } from '../persistence/chain-transaction.model.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';
import { BatchMemberSettler } from './batch-member-settler.js';
import { LostTransactionRecovery } from './lost-transaction-recovery.js';
import { MintBatcher } from './mint-batcher.js';
import { NonceAllocator } from './nonce-allocator.js';
import { RETRY_DELAY_MS, TransactionSender } from './transaction-sender.js';
import { TransactionOutcomes } from './transaction-outcomes.js';

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

/** How often the signer looks for transactions other instances recorded: while busy, then backing off when idle. */
const PICK_UP_MS = 250;
const PICK_UP_IDLE_MAX_MS = 4_000;
/** A pick-up reads the recent part of the open index; a full read of it, this often, is the safety net. */
const PICK_UP_WINDOW_MS = 30_000;
const FULL_PICK_UP_MS = 60_000;

interface QueueEntry {
  key: string;
  mint?: QueuedMint;
}

/**
 * The platform operator's transactions, each a persisted state machine: recorded as queued (by any
 * instance of the fleet), signed with the next nonce and broadcast in nonce order by the queue of
 * the instance holding the signing lease (SigningLease), followed to its receipt; the outcome is
 * raised as an event through the outbox (TransactionSender, TransactionOutcomes). The holder finds
 * what other instances recorded in the open index; nothing travels between instances in memory.
 *
 * Mint requests wait in the same queue; when the queue reaches one, every pending mint request is
 * taken into one batch (MintBatcher). When the batch is final, each member is settled with its own
 * event; a batch that reverts is split: its members go out one by one, so only the culprit fails
 * (BatchMemberSettler).
 */
@Injectable()
export class TransactionManager implements OnApplicationShutdown {
  private readonly logger = new Logger(TransactionManager.name);
  private readonly queue: QueueEntry[] = [];
  private draining = false;
  private stopped = false;
  private pickUpTimer?: NodeJS.Timeout;
  private pickingUp = false;
  private lastFullPickUp = 0;
  private readonly pickUpBackoff = new IdleBackoff(PICK_UP_MS, PICK_UP_IDLE_MAX_MS);

  constructor(
    private readonly store: ChainTransactionStore,
    private readonly nonces: NonceAllocator,
    private readonly batcher: MintBatcher,
    private readonly sender: TransactionSender,
    private readonly outcomes: TransactionOutcomes,
    private readonly clients: ChainClients,
    members: BatchMemberSettler,
    recovery: LostTransactionRecovery,
  ) {
    members.requeue.connect((record) => this.enqueue(record));
    recovery.requeue.connect((record) => this.enqueue(record));
  }

  /** ABIs whose custom errors name the reason of a revert. */
  useErrorAbis(abis: readonly Abi[]): void {
    this.sender.useErrorAbis(abis);
  }

  submit(request: TransactionRequest): Promise<ChainTransactionView> {
    return this.record({ key: request.key, to: request.to, data: request.data, kind: 'call' });
  }

  /** One logical mint per key; it leaves in a batch with whatever else is pending. */
  submitMint(request: MintRequest): Promise<ChainTransactionView> {
    return this.record({
      key: request.key,
      to: request.token,
      data: mint({ to: request.to, amount: request.amount }).data,
      kind: 'mint',
      recipient: request.to,
      amount: request.amount.toString(),
    });
  }

  get(key: string): Promise<ChainTransactionView | undefined> {
    return this.store.view(key);
  }

  /** The key of the platform transaction with this hash; undefined when the platform did not send it. */
  keyOfHash(hash: string): Promise<string | undefined> {
    return this.store.keyOfHash(hash);
  }

  /**
   * This instance now holds the signing lease (`fence`): resumes every transaction left open by a
   * previous holder or run (re-sends signed ones in nonce order, settles final batches, queues the
   * rest) and starts picking up what other instances record.
   */
  async takeOver(fence: number): Promise<void> {
    await this.nonces.init(fence);
    const open = await this.store.listOpen();
    await this.resumeSent(open, false);
    this.enqueueQueued(open);
    this.lastFullPickUp = Date.now();
    clearInterval(this.pickUpTimer);
    this.pickUpTimer = setInterval(() => {
      if (this.pickUpBackoff.due()) void this.pickUp();
    }, PICK_UP_MS);
    if (open.length) this.logger.log({ resumed: open.length, fence }, 'resumed open chain transactions');
  }

  /** The signing lease is gone: nothing more is signed here; the tables keep the queue for the next holder. */
  standDown(): void {
    this.nonces.release();
    clearInterval(this.pickUpTimer);
    this.queue.length = 0;
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    clearInterval(this.pickUpTimer);
  }

  /**
   * Re-sends signed transactions in nonce order (or follows them) and settles the members of final
   * batches. `strandedOnly`: only what nothing in this process follows any more (a step whose
   * database call failed, or whose answer was lost, while the signer kept its lease).
   */
  private async resumeSent(open: ChainTransactionRecord[], strandedOnly: boolean): Promise<void> {
    const sent = open.filter((tx) => tx.nonce !== undefined && !(strandedOnly && this.sender.isWatching(tx.key))).sort((a, b) => (a.nonce ?? 0) - (b.nonce ?? 0));
    if (strandedOnly && sent.length) this.logger.warn({ keys: sent.map((tx) => tx.key) }, 'resuming signed transactions nothing followed');
    for (const tx of sent) {
      if (tx.status === 'signed' || tx.status === 'broadcast') await this.sender.broadcast(tx);
      else this.sender.watch(tx.key, tx.hash as Hex);
    }
    const batches = new Set(open.filter((tx) => tx.status === 'batched').map((tx) => tx.batchKey as string));
    for (const batchKey of batches) await this.outcomes.settleMembersOf(batchKey);
  }

  /** An attestation is recorded a millisecond before its batch, so it is queued (and mined) first. */
  private enqueueQueued(records: ChainTransactionRecord[]): number {
    const fresh = records
      .filter((record) => record.status === 'queued' && !this.queue.some((entry) => entry.key === record.key))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const record of fresh) this.enqueue(record);
    return fresh.length;
  }

  private async pickUp(): Promise<void> {
    if (this.pickingUp || this.stopped || !this.nonces.ready) return;
    this.pickingUp = true;
    try {
      const full = Date.now() - this.lastFullPickUp > FULL_PICK_UP_MS;
      const records = full ? await this.store.listOpen() : await this.store.listQueuedSince(new Date(Date.now() - PICK_UP_WINDOW_MS).toISOString());
      if (full) this.lastFullPickUp = Date.now();
      if (full && this.nonces.ready) await this.resumeSent(records, true);
      const found = this.nonces.ready ? this.enqueueQueued(records) : 0;
      this.pickUpBackoff.done(found > 0 || this.queue.length > 0);
    } catch (error) {
      this.pickUpBackoff.done(true);
      this.logger.warn({ err: error }, 'picking up recorded transactions failed; trying again');
    } finally {
      this.pickingUp = false;
    }
  }

  private async record(fields: Pick<ChainTransactionFields, 'key' | 'to' | 'data' | 'kind' | 'recipient' | 'amount'>): Promise<ChainTransactionView> {
    const now = new Date().toISOString();
    const record = { ...fields, signer: this.clients.operator.address, status: 'queued' as const, open: '1', createdAt: now, updatedAt: now };
    if (!(await this.store.create(record))) return this.get(fields.key) as Promise<ChainTransactionView>;
    // Recorded: the signing instance queues it (here, or through its pick-up of the open index).
    if (this.nonces.ready) this.enqueue(record as ChainTransactionRecord);
    return { key: fields.key, status: 'queued' as const };
  }

  private enqueue(record: Pick<ChainTransactionRecord, 'key' | 'kind' | 'recipient' | 'amount' | 'solo'>): void {
    if (!this.nonces.ready) return; // not the signer (any more): the holder picks it up from the table
    this.queue.push({ key: record.key, ...(record.kind === 'mint' ? { mint: queuedMintOf(record) } : {}) });
    void this.drain();
  }

  private async drain(): Promise<void> {
    if (this.draining || !this.nonces.ready) return;
    this.draining = true;
    try {
      while (this.queue.length && !this.stopped && this.nonces.ready) {
        const { key, mint: queuedMint } = this.queue[0];
        try {
          if (queuedMint) {
            await this.formBatch();
          } else {
            await this.sender.signAndSend(key);
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

  /** Puts the next batch's attestation and transaction at the head of the queue. */
  private async formBatch(): Promise<void> {
    const seen = new Set<string>();
    const pending = this.queue.flatMap((entry) => (entry.mint && !seen.has(entry.key) && seen.add(entry.key) ? [entry.mint] : []));
    const formed = await this.batcher.form(pending);
    if (!formed) return;
    for (let index = this.queue.length - 1; index >= 0; index--) if (formed.taken.has(this.queue[index].key)) this.queue.splice(index, 1);
    if (formed.next) this.queue.unshift({ key: formed.next[0] }, { key: formed.next[1] });
  }
}
