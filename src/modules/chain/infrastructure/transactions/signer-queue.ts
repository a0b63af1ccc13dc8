import type { Logger } from '@nestjs/common';
import type { Address } from 'viem';
import type { QueuedMint } from '../../domain/mint-batches.js';
import type { QueuedOnboard } from '../../domain/onboard-batches.js';
import type { NonceAllocator } from './nonce-allocator.js';
import { AwaitingPrerequisite } from './transaction-prerequisites.js';
import { RETRY_DELAY_MS, type TransactionSender } from './transaction-sender.js';

export interface QueueEntry {
  key: string;
  /** A request that leaves in a batch with the others of its kind in this queue. */
  mint?: QueuedMint;
  onboard?: QueuedOnboard;
}

interface SignerQueueParts {
  sender: TransactionSender;
  nonces: NonceAllocator;
  logger: Logger;
  stopped: () => boolean;
  /** A batchable request at the head (mint: the relayer's queue; onboard: the registrar's): form the next batch of its kind. */
  formBatch: (queue: SignerQueue) => Promise<void>;
}

/**
 * The transactions one signing account sends, in order, while this instance holds its lease: each
 * account has its own queue. A transaction waiting for another account's (a batch for its
 * attestation) lets the ones behind it go first.
 */
export class SignerQueue {
  readonly entries: QueueEntry[] = [];
  private draining = false;

  constructor(
    readonly signer: Address,
    private readonly parts: SignerQueueParts,
  ) {}

  get ready(): boolean {
    return this.parts.nonces.ready(this.signer);
  }

  has(key: string): boolean {
    return this.entries.some((entry) => entry.key === key);
  }

  push(entry: QueueEntry): void {
    if (!this.ready) return; // not the signer (any more): the holder picks it up from the table
    this.entries.push(entry);
    void this.drain();
  }

  /** Puts transactions at the head, in this order (a batch formed from the head's requests). */
  unshift(...entries: QueueEntry[]): void {
    this.entries.unshift(...entries);
  }

  /** The batchable requests of one kind waiting here, in order, each once. */
  pending<Kind extends 'mint' | 'onboard'>(kind: Kind): NonNullable<QueueEntry[Kind]>[] {
    const seen = new Set<string>();
    return this.entries.flatMap((entry) => {
      const request = entry[kind];
      return request && !seen.has(entry.key) && seen.add(entry.key) ? [request as NonNullable<QueueEntry[Kind]>] : [];
    });
  }

  /** Takes these entries out (taken into a batch, or moved on meanwhile). */
  remove(keys: ReadonlySet<string>): void {
    for (let index = this.entries.length - 1; index >= 0; index--) if (keys.has(this.entries[index].key)) this.entries.splice(index, 1);
  }

  clear(): void {
    this.entries.length = 0;
  }

  private async drain(): Promise<void> {
    if (this.draining || !this.ready) return;
    this.draining = true;
    // Entries passed over in a row because they wait for another account's transaction.
    let waiting = 0;
    try {
      while (this.entries.length && !this.parts.stopped() && this.ready) {
        const { key, mint, onboard } = this.entries[0];
        try {
          if (mint || onboard) {
            await this.parts.formBatch(this);
          } else {
            await this.parts.sender.signAndSend(key);
            this.entries.shift();
          }
          waiting = 0;
        } catch (error) {
          if (error instanceof AwaitingPrerequisite) {
            this.parts.logger.debug({ key }, error.message);
            // Its nonce is taken only when it is signed: the entries behind it go first (a batch waiting for
            // its attestation must not hold up this account's transfers and holds).
            if (++waiting < this.entries.length) {
              this.entries.push(this.entries.shift() as QueueEntry);
              continue;
            }
          } else {
            this.parts.logger.warn({ err: error, key }, 'chain transaction not sent yet; retrying');
          }
          waiting = 0;
          await new Promise((resolve) => setTimeout(resolve, RETRY_DELAY_MS));
        }
      }
    } finally {
      this.draining = false;
    }
  }
}
