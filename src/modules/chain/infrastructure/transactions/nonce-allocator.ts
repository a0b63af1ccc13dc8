import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { WriteItem } from '../../../data/index.js';
import { ChainClients } from '../node/chain-clients.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';

/**
 * The operator's next nonce: the larger of the stored one and the node's pending count at start,
 * then handed out one by one. Taking a nonce is a conditional write committed with the signed
 * transaction, so a nonce is never given to two transactions, even across a crash.
 */
@Injectable()
export class NonceAllocator {
  private nextNonce?: number;

  constructor(
    private readonly store: ChainTransactionStore,
    private readonly clients: ChainClients,
  ) {}

  get ready(): boolean {
    return this.nextNonce !== undefined;
  }

  async init(): Promise<void> {
    const signer = this.clients.operator.address;
    const stored = await this.store.nonces.get({ signer });
    const onChain = await this.clients.publicClient.getTransactionCount({ address: signer, blockTag: 'pending' });
    this.nextNonce = Math.max(stored?.next ?? 0, onChain);
    if (stored?.next !== this.nextNonce) await this.store.nonces.update({ signer }, { next: this.nextNonce });
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

  /** The write that takes `nonce`; it fails if another writer took it first. */
  takeWrite(nonce: number): WriteItem {
    return this.store.nonces.transaction.update(
      { signer: this.clients.operator.address },
      { next: nonce + 1 },
      { condition: new dynamoose.Condition('next').eq(nonce) },
    );
  }

  /** After the take committed. */
  taken(nonce: number): void {
    this.nextNonce = nonce + 1;
  }
}
