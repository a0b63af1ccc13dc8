import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { Address } from 'viem';
import { type WriteItem, isConditionFailure } from '../../../data/index.js';
import { ChainClients } from '../node/chain-clients.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';

interface SignerNonce {
  next: number;
  fence: number;
}

/**
 * Each signing account's next nonce, handed out only while this instance holds that account's
 * signing lease. On taking the lease it writes its fence into the account's stored nonce (refused
 * if a newer holder's fence is there) and starts from the larger of the stored nonce and the node's
 * pending count. Taking a nonce is a write conditional on the nonce and on that fence, committed
 * with the signed transaction: a nonce is never given twice, even across a crash, and a former
 * holder that wakes up after a takeover cannot record (so never broadcasts) another transaction.
 * Accounts are independent: each has its own sequence, lease and fence.
 */
@Injectable()
export class NonceAllocator {
  private readonly held = new Map<string, SignerNonce>();

  constructor(
    private readonly store: ChainTransactionStore,
    private readonly clients: ChainClients,
  ) {}

  ready(signer: string): boolean {
    return this.held.has(signer.toLowerCase());
  }

  /** Called with the signing lease's fence when this instance takes the lease of `signer`. */
  async init(signer: Address, fence: number): Promise<void> {
    for (let attempt = 1; ; attempt++) {
      const stored = await this.store.nonces.get({ signer }, { consistent: true });
      if ((stored?.fence ?? 0) > fence) throw new Error(`a newer signing lease (fence ${stored?.fence}) holds the nonce of ${signer}`);
      const onChain = await this.clients.publicClient.getTransactionCount({ address: signer, blockTag: 'pending' });
      const next = Math.max(stored?.next ?? 0, onChain);
      // Unchanged since the read: a former holder's last take cannot slip in between and be overwritten.
      const unchanged = stored
        ? new dynamoose.Condition().where('next').eq(stored.next).and().parenthesis((c) => c.where('fence').not().exists().or().where('fence').le(fence))
        : new dynamoose.Condition().where('signer').not().exists();
      try {
        await this.store.nonces.update({ signer }, { next, fence }, { condition: unchanged });
        this.held.set(signer.toLowerCase(), { next, fence });
        return;
      } catch (error) {
        if (!isConditionFailure(error) || attempt >= 5) throw error;
      }
    }
  }

  /** The signing lease of `signer` is gone: no nonce until it is taken again. */
  release(signer: string): void {
    this.held.delete(signer.toLowerCase());
  }

  /**
   * After the account's key was used outside the platform: the next nonce moves up to the node's
   * pending count. Conditional on the stored value read, so it never moves a nonce back below one
   * taken meanwhile.
   */
  async resync(signer: Address): Promise<void> {
    const stored = (await this.store.nonces.get({ signer }, { consistent: true }))?.next ?? 0;
    const onChain = await this.clients.publicClient.getTransactionCount({ address: signer, blockTag: 'pending' });
    if (onChain > stored) {
      await this.store.nonces.update({ signer }, { next: onChain }, { condition: new dynamoose.Condition('next').eq(stored) });
    }
    const held = this.held.get(signer.toLowerCase());
    if (held) held.next = Math.max(held.next, stored, onChain);
  }

  /** The nonce the next transaction signed by `signer` takes. */
  peek(signer: string): number {
    const held = this.held.get(signer.toLowerCase());
    if (!held) throw new Error(`the nonce of ${signer} is not known here (its signing lease is not held)`);
    return held.next;
  }

  /** The write that takes `nonce`; it fails if another writer took it first or a newer lease holder exists. */
  takeWrite(signer: string, nonce: number): WriteItem {
    const held = this.held.get(signer.toLowerCase());
    if (!held) throw new Error(`this instance does not hold the signing lease of ${signer}`);
    return this.store.nonces.transaction.update(
      { signer },
      { next: nonce + 1 },
      { condition: new dynamoose.Condition('next').eq(nonce).and().where('fence').eq(held.fence) },
    );
  }

  /** After the take committed (never moves the next nonce back). */
  taken(signer: string, nonce: number): void {
    const held = this.held.get(signer.toLowerCase());
    if (held) held.next = Math.max(held.next, nonce + 1);
  }

  /**
   * A take whose answer was lost (a connection cut mid-call) may have committed: the next nonce is
   * read back from the store, where it is the truth while this instance holds the fence. A newer
   * holder's fence there means the lease is gone: nothing more is signed here for that account.
   */
  async reload(signer: string): Promise<void> {
    const held = this.held.get(signer.toLowerCase());
    if (!held) return;
    const stored = await this.store.nonces.get({ signer }, { consistent: true });
    if (stored?.fence !== held.fence) return this.release(signer);
    held.next = stored.next;
  }
}
