import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import { type WriteItem, isConditionFailure } from '../../../data/index.js';
import { ChainClients } from '../node/chain-clients.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';

/**
 * The operator's next nonce, handed out only while this instance holds the signing lease. On
 * taking the lease it writes its fence into the stored nonce (refused if a newer holder's fence is
 * there) and starts from the larger of the stored nonce and the node's pending count. Taking a
 * nonce is a write conditional on the nonce and on that fence, committed with the signed
 * transaction: a nonce is never given twice, even across a crash, and a former holder that wakes
 * up after a takeover cannot record (so never broadcasts) another transaction.
 */
@Injectable()
export class NonceAllocator {
  private nextNonce?: number;
  private fence?: number;

  constructor(
    private readonly store: ChainTransactionStore,
    private readonly clients: ChainClients,
  ) {}

  get ready(): boolean {
    return this.nextNonce !== undefined;
  }

  /** Called with the signing lease's fence when this instance takes the lease. */
  async init(fence: number): Promise<void> {
    const signer = this.clients.operator.address;
    for (let attempt = 1; ; attempt++) {
      const stored = await this.store.nonces.get({ signer }, { consistent: true });
      if ((stored?.fence ?? 0) > fence) throw new Error(`a newer signing lease (fence ${stored?.fence}) holds the nonce`);
      const onChain = await this.clients.publicClient.getTransactionCount({ address: signer, blockTag: 'pending' });
      const next = Math.max(stored?.next ?? 0, onChain);
      // Unchanged since the read: a former holder's last take cannot slip in between and be overwritten.
      const unchanged = stored
        ? new dynamoose.Condition().where('next').eq(stored.next).and().parenthesis((c) => c.where('fence').not().exists().or().where('fence').le(fence))
        : new dynamoose.Condition().where('signer').not().exists();
      try {
        await this.store.nonces.update({ signer }, { next, fence }, { condition: unchanged });
        this.fence = fence;
        this.nextNonce = next;
        return;
      } catch (error) {
        if (!isConditionFailure(error) || attempt >= 5) throw error;
      }
    }
  }

  /** The signing lease is gone: no nonce until it is taken again. */
  release(): void {
    this.nextNonce = undefined;
    this.fence = undefined;
  }

  /**
   * After the operator key was used outside the platform: the next nonce moves up to the node's
   * pending count. Conditional on the stored value read, so it never moves a nonce back below one
   * taken meanwhile.
   */
  async resync(): Promise<void> {
    const signer = this.clients.operator.address;
    const stored = (await this.store.nonces.get({ signer }, { consistent: true }))?.next ?? 0;
    const onChain = await this.clients.publicClient.getTransactionCount({ address: signer, blockTag: 'pending' });
    if (onChain > stored) {
      await this.store.nonces.update({ signer }, { next: onChain }, { condition: new dynamoose.Condition('next').eq(stored) });
    }
    this.nextNonce = Math.max(this.nextNonce ?? 0, stored, onChain);
  }

  /** The nonce the next signed transaction takes. */
  peek(): number {
    if (this.nextNonce === undefined) throw new Error('the nonce is not known yet');
    return this.nextNonce;
  }

  /** The write that takes `nonce`; it fails if another writer took it first or a newer lease holder exists. */
  takeWrite(nonce: number): WriteItem {
    if (this.fence === undefined) throw new Error('this instance does not hold the signing lease');
    return this.store.nonces.transaction.update(
      { signer: this.clients.operator.address },
      { next: nonce + 1 },
      { condition: new dynamoose.Condition('next').eq(nonce).and().where('fence').eq(this.fence) },
    );
  }

  /** After the take committed (never moves the next nonce back). */
  taken(nonce: number): void {
    if (this.nextNonce !== undefined) this.nextNonce = Math.max(this.nextNonce, nonce + 1);
  }

  /**
   * A take whose answer was lost (a connection cut mid-call) may have committed: the next nonce is
   * read back from the store, where it is the truth while this instance holds the fence. A newer
   * holder's fence there means the lease is gone: nothing more is signed here.
   */
  async reload(): Promise<void> {
    if (this.fence === undefined) return;
    const stored = await this.store.nonces.get({ signer: this.clients.operator.address }, { consistent: true });
    if (stored?.fence !== this.fence) return this.release();
    this.nextNonce = stored.next;
  }
}
