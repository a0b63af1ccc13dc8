import { Injectable } from '@nestjs/common';
import type { Hex } from 'viem';
import { attestKeyOf } from '../../domain/mint-batches.js';
import type { ChainTransactionRecord } from '../persistence/chain-transaction.model.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';
import { LostTransactionRecovery } from './lost-transaction-recovery.js';
import { attemptsOf } from './transaction-attempts.js';

/**
 * A mint batch needs its own reserve attestation in effect ahead of it. The attestation is signed
 * first (the lower nonce), but chain faults can break the order: an outside transaction takes the
 * attestation's nonce, so the batch's is mined first; or the node's pending block leaves the
 * attestation out (pool lost, base fee above its fee) when the batch is estimated against it.
 * A batch that fails for such a reason says nothing about its members.
 */
@Injectable()
export class AttestationOrder {
  constructor(
    private readonly store: ChainTransactionStore,
    private readonly recovery: LostTransactionRecovery,
  ) {}

  /**
   * A batch whose estimation reverted while its attestation is signed but not mined yet: the
   * estimate may not have seen the attestation, so the batch waits rather than fails.
   */
  async awaitsItsAttestation(batch: ChainTransactionRecord): Promise<boolean> {
    if (batch.kind !== 'batch') return false;
    const attestation = await this.store.read(attestKeyOf(batch.key));
    if (!attestation || attestation.nonce === undefined || attestation.status === 'confirmed' || attestation.status === 'failed') return false;
    return !(await this.mined(attestation));
  }

  /**
   * Whether a failed batch failed without its attestation in effect ahead of it: the attestation
   * is waiting to be signed again (displaced), or was signed again with a higher nonce, or is
   * still open at the lower nonce with none of its attempts mined (its receipt follower has not
   * noticed the displacement yet; the batch's nonce being mined means the lower one is).
   */
  async failedAheadOfIt(batch: ChainTransactionRecord): Promise<boolean> {
    const attestation = await this.store.read(attestKeyOf(batch.key));
    if (!attestation) return false;
    if (attestation.nonce === undefined) return true;
    if (batch.nonce !== undefined && attestation.nonce > batch.nonce) return true;
    if (attestation.status === 'confirmed' || attestation.status === 'failed') return false;
    return !(await this.mined(attestation));
  }

  private async mined(attestation: ChainTransactionRecord): Promise<boolean> {
    const sameNonce = attemptsOf(attestation).filter((attempt) => attempt.nonce === attestation.nonce);
    for (const hash of [attestation.hash, ...sameNonce.map((attempt) => attempt.hash)]) {
      if (hash && (await this.recovery.receiptOf(hash as Hex))) return true;
    }
    return false;
  }
}
