import { Injectable } from '@nestjs/common';
import { attestKeyOf } from '../../domain/mint-batches.js';
import type { ChainTransactionRecord } from '../persistence/chain-transaction.model.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';
import { TransactionPrerequisites } from './transaction-prerequisites.js';

/**
 * A mint batch needs its own reserve attestation in effect ahead of it. The attestation is sent by
 * the attester's account and the batch, by the relayer's, is signed only once the attestation is
 * mined (TransactionPrerequisites). Chain faults can still break the order: a reorg drops the
 * attestation's block, or the node's pending block leaves the attestation out when the batch is
 * estimated. A batch that fails for such a reason says nothing about its members.
 */
@Injectable()
export class AttestationOrder {
  constructor(
    private readonly store: ChainTransactionStore,
    private readonly prerequisites: TransactionPrerequisites,
  ) {}

  /**
   * A batch whose estimation reverted while its attestation is signed but not mined yet: the
   * estimate may not have seen the attestation, so the batch waits rather than fails.
   */
  async awaitsItsAttestation(batch: ChainTransactionRecord): Promise<boolean> {
    if (batch.kind !== 'batch') return false;
    const attestation = await this.store.read(attestKeyOf(batch.key));
    if (!attestation || attestation.nonce === undefined || attestation.status === 'confirmed' || attestation.status === 'failed') return false;
    return !(await this.prerequisites.mined(attestation));
  }

  /**
   * Whether a failed batch failed without its attestation in effect ahead of it: the attestation
   * is waiting to be signed again (displaced), or is still open with none of its attempts mined
   * (dropped by a reorg, or its receipt follower has not noticed the displacement yet). A batch
   * recorded before the accounts were split shares the attestation's account: a higher nonce on
   * the attestation then says the same.
   */
  async failedAheadOfIt(batch: ChainTransactionRecord): Promise<boolean> {
    const attestation = await this.store.read(attestKeyOf(batch.key));
    if (!attestation) return false;
    if (attestation.nonce === undefined) return true;
    if (attestation.signer === batch.signer && batch.nonce !== undefined && attestation.nonce > batch.nonce) return true;
    if (attestation.status === 'confirmed' || attestation.status === 'failed') return false;
    return !(await this.prerequisites.mined(attestation));
  }
}
