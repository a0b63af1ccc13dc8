import { Injectable } from '@nestjs/common';
import type { Hex } from 'viem';
import type { ChainTransactionRecord } from '../persistence/chain-transaction.model.js';
import { ChainTransactionStore } from '../persistence/chain-transaction.store.js';
import { LostTransactionRecovery } from './lost-transaction-recovery.js';
import { attemptsOf } from './transaction-attempts.js';

/** The transaction waits (in its account's queue) until the one it relies on is mined. */
export class AwaitingPrerequisite extends Error {
  constructor(record: ChainTransactionRecord) {
    super(`${record.key} waits for ${record.after} to be mined`);
  }
}

/**
 * Ordering across accounts: one account's nonce sequence orders its own transactions, but a mint
 * batch (relayer) relies on its reserve attestation (attester), a wallet recovery (compliance) on
 * the identity key added just before (registrar). A record naming a prerequisite (`after`) is not
 * signed until that transaction is mined; one that failed or was never recorded holds nothing up
 * (the dependent one is then refused by the chain, for its own reason).
 */
@Injectable()
export class TransactionPrerequisites {
  constructor(
    private readonly store: ChainTransactionStore,
    private readonly recovery: LostTransactionRecovery,
  ) {}

  async met(record: ChainTransactionRecord): Promise<boolean> {
    if (!record.after) return true;
    const prior = await this.store.read(record.after);
    if (!prior || prior.status === 'confirmed' || prior.status === 'failed') return true;
    if (prior.nonce === undefined) return false;
    return this.mined(prior);
  }

  /** Whether any attempt of `record` at its current nonce has a receipt (at most one of them can). */
  async mined(record: ChainTransactionRecord): Promise<boolean> {
    const sameNonce = attemptsOf(record).filter((attempt) => attempt.nonce === record.nonce);
    for (const hash of [record.hash, ...sameNonce.map((attempt) => attempt.hash)]) {
      if (hash && (await this.recovery.receiptOf(hash as Hex))) return true;
    }
    return false;
  }
}
