import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { IdleBackoff } from '../../../../shared/state-machine/index.js';
import type { Abi, Address, Hex } from 'viem';
import { RUNTIME_SIGNER_ROLES, type SignerRole } from '../../domain/signer-roles.js';
import { mint } from '../../domain/actions/mint.js';
import type { ChainTransactionView } from '../../domain/chain-transaction.js';
import { queuedMintOf } from '../../domain/mint-batches.js';
import { queuedOnboardOf } from '../../domain/onboard-batches.js';
import { ChainClients } from '../node/chain-clients.js';
import type { ChainTransactionFields, ChainTransactionRecord } from '../persistence/chain-transaction.model.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';
import { BatchMemberSettler } from './batch-member-settler.js';
import { LostTransactionRecovery } from './lost-transaction-recovery.js';
import { MintBatcher } from './mint-batcher.js';
import { NonceAllocator } from './nonce-allocator.js';
import { OnboardBatcher } from './onboard-batcher.js';
import { SignerQueue } from './signer-queue.js';
import { TransactionSender } from './transaction-sender.js';
import { TransactionOutcomes } from './transaction-outcomes.js';

export interface TransactionRequest {
  /** Idempotency key: submitting the same key again returns the first transaction. */
  key: string;
  to: Address;
  data: Hex;
  /** The account that sends it. */
  signer: SignerRole;
  /** A transaction (of any account) that must be mined before this one is signed. */
  after?: string;
  /** Sent in one batch transaction with the other requests of this kind pending at the time. */
  batch?: 'onboard';
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

/**
 * The platform's transactions, each a persisted state machine: recorded as queued (by any instance
 * of the fleet) for the account of its role, signed with that account's next nonce and broadcast in
 * nonce order by the queue of the instance holding the account's signing lease (SigningLease),
 * followed to its receipt; the outcome is raised as an event through the outbox (TransactionSender,
 * TransactionOutcomes). Every account has its own queue, nonce sequence, lease and fence; the holder
 * finds what other instances recorded in the open index; nothing travels between instances in memory.
 *
 * Mint requests wait in the relayer's queue; when the queue reaches one, every pending mint request
 * is taken into one batch (MintBatcher) whose reserve attestation goes to the attester's queue; the
 * batch is signed once that attestation is mined. Onboarding requests are batched the same way in
 * the registrar's queue (OnboardBatcher), without an attestation. When a batch is final, each member
 * is settled with its own event; a batch that reverts is split: its members go out one by one, so
 * only the culprit fails (BatchMemberSettler).
 */
@Injectable()
export class TransactionManager implements OnApplicationShutdown {
  private readonly logger = new Logger(TransactionManager.name);
  private readonly queues = new Map<string, SignerQueue>();
  private stopped = false;
  private pickUpTimer?: NodeJS.Timeout;
  private pickingUp = false;
  private lastFullPickUp = 0;
  private readonly pickUpBackoff = new IdleBackoff(PICK_UP_MS, PICK_UP_IDLE_MAX_MS);

  constructor(
    private readonly store: ChainTransactionStore,
    private readonly nonces: NonceAllocator,
    private readonly batcher: MintBatcher,
    private readonly onboardBatcher: OnboardBatcher,
    private readonly sender: TransactionSender,
    private readonly outcomes: TransactionOutcomes,
    private readonly clients: ChainClients,
    members: BatchMemberSettler,
    recovery: LostTransactionRecovery,
  ) {
    const parts = { sender, nonces, logger: this.logger, stopped: () => this.stopped, formBatch: (queue: SignerQueue) => this.formBatch(queue) };
    for (const role of RUNTIME_SIGNER_ROLES) {
      const { address } = clients.signers[role];
      if (!this.queues.has(address.toLowerCase())) this.queues.set(address.toLowerCase(), new SignerQueue(address, parts));
    }
    members.requeue.connect((record) => this.enqueue(record));
    recovery.requeue.connect((record) => this.enqueue(record));
  }

  /** The accounts that send transactions while the platform runs: one signing lease each. */
  get signers(): Address[] {
    return [...this.queues.values()].map((queue) => queue.signer);
  }

  /** ABIs whose custom errors name the reason of a revert. */
  useErrorAbis(abis: readonly Abi[]): void {
    this.sender.useErrorAbis(abis);
  }

  submit(request: TransactionRequest): Promise<ChainTransactionView> {
    const { key, to, data, signer, after, batch } = request;
    return this.record({ key, to, data, kind: batch ?? 'call', signer: this.clients.signers[signer].address, ...(after ? { after } : {}) });
  }

  /** One logical mint per key; it leaves in a batch with whatever else is pending. */
  submitMint(request: MintRequest): Promise<ChainTransactionView> {
    return this.record({
      key: request.key,
      to: request.token,
      data: mint({ to: request.to, amount: request.amount }).data,
      kind: 'mint',
      signer: this.clients.signers.relayer.address,
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
   * This instance now holds the signing lease of `signer` (`fence`): resumes every transaction of
   * that account left open by a previous holder or run (re-sends signed ones in nonce order, settles
   * final batches, queues the rest) and picks up what other instances record for it.
   */
  async takeOver(signer: Address, fence: number): Promise<void> {
    await this.nonces.init(signer, fence);
    const open = (await this.store.listOpen()).filter((record) => sameAddress(record.signer, signer));
    await this.resumeSent(open, false);
    this.enqueueQueued(open);
    if (!this.pickUpTimer) {
      this.lastFullPickUp = Date.now();
      this.pickUpTimer = setInterval(() => {
        if (this.pickUpBackoff.due()) void this.pickUp();
      }, PICK_UP_MS);
    }
    if (open.length) this.logger.log({ resumed: open.length, signer, fence }, 'resumed open chain transactions');
  }

  /** The signing lease of `signer` is gone: nothing more is signed here for it; the tables keep its queue for the next holder. */
  standDown(signer: Address): void {
    this.nonces.release(signer);
    this.queues.get(signer.toLowerCase())?.clear();
    if (![...this.queues.values()].some((queue) => queue.ready)) {
      clearInterval(this.pickUpTimer);
      this.pickUpTimer = undefined;
    }
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

  /** In the order recorded (a transaction and what it relies on may be in different queues). */
  private enqueueQueued(records: ChainTransactionRecord[]): number {
    const fresh = records
      .filter((record) => record.status === 'queued' && !this.queueOf(record.signer)?.has(record.key))
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const record of fresh) this.enqueue(record);
    return fresh.length;
  }

  private async pickUp(): Promise<void> {
    const held = () => [...this.queues.values()].filter((queue) => queue.ready);
    if (this.pickingUp || this.stopped || !held().length) return;
    this.pickingUp = true;
    try {
      const full = Date.now() - this.lastFullPickUp > FULL_PICK_UP_MS;
      const records = full ? await this.store.listOpen() : await this.store.listQueuedSince(new Date(Date.now() - PICK_UP_WINDOW_MS).toISOString());
      if (full) this.lastFullPickUp = Date.now();
      let found = 0;
      for (const queue of held()) {
        const own = records.filter((record) => sameAddress(record.signer, queue.signer));
        if (full) await this.resumeSent(own, true);
        found += this.enqueueQueued(own);
      }
      this.pickUpBackoff.done(found > 0 || held().some((queue) => queue.entries.length > 0));
    } catch (error) {
      this.pickUpBackoff.done(true);
      this.logger.warn({ err: error }, 'picking up recorded transactions failed; trying again');
    } finally {
      this.pickingUp = false;
    }
  }

  private async record(fields: Pick<ChainTransactionFields, 'key' | 'to' | 'data' | 'kind' | 'signer' | 'after' | 'recipient' | 'amount'>): Promise<ChainTransactionView> {
    const now = new Date().toISOString();
    const record = { ...fields, status: 'queued' as const, open: '1', createdAt: now, updatedAt: now };
    if (!(await this.store.create(record))) return this.get(fields.key) as Promise<ChainTransactionView>;
    // Recorded: the account's signing instance queues it (here, or through its pick-up of the open index).
    this.enqueue(record as ChainTransactionRecord);
    return { key: fields.key, status: 'queued' as const };
  }

  private queueOf(signer: string): SignerQueue | undefined {
    return this.queues.get(signer.toLowerCase());
  }

  private enqueue(record: Pick<ChainTransactionRecord, 'key' | 'signer' | 'kind' | 'recipient' | 'amount' | 'solo'>): void {
    const batchable = record.kind === 'mint' ? { mint: queuedMintOf(record) } : record.kind === 'onboard' ? { onboard: queuedOnboardOf(record) } : {};
    this.queueOf(record.signer)?.push({ key: record.key, ...batchable });
  }

  private formBatch(queue: SignerQueue): Promise<void> {
    return queue.entries[0]?.onboard ? this.formOnboardBatch(queue) : this.formMintBatch(queue);
  }

  /** Every onboarding request in the queue (up to the cap) leaves in one transaction, at the head of the queue. */
  private async formOnboardBatch(queue: SignerQueue): Promise<void> {
    const formed = await this.onboardBatcher.form(queue.pending('onboard'));
    if (!formed) return;
    queue.remove(formed.taken);
    if (formed.batchKey) queue.unshift({ key: formed.batchKey });
  }

  /** Forms the next mint batch: its attestation goes to the attester's queue, the batch to the head of this one. */
  private async formMintBatch(queue: SignerQueue): Promise<void> {
    const formed = await this.batcher.form(queue.pending('mint'));
    if (!formed) return;
    queue.remove(formed.taken);
    if (!formed.next) return;
    const [attestKey, batchKey] = formed.next;
    const attester = this.queueOf(this.clients.signers.attester.address);
    // One key for both (outside production): its nonce orders them, the attestation first.
    if (attester === queue) return queue.unshift({ key: attestKey }, { key: batchKey });
    queue.unshift({ key: batchKey });
    attester?.push({ key: attestKey });
  }
}

const sameAddress = (a: string | undefined, b: string) => a?.toLowerCase() === b.toLowerCase();
