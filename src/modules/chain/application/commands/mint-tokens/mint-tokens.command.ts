import { Command } from '@nestjs/cqrs';
import type { Address } from 'viem';
import type { ChainTransactionView } from '../../../domain/chain-transaction.js';

/**
 * Mints `amount` cents of the token to `to`, once per `key`. Under load the transaction manager
 * coalesces pending mint requests into one `batchMint`, preceded by one reserve attestation (the
 * reserve comes from GetAttestableReserveQuery); each request still ends with its own
 * ChainTransactionConfirmed or ChainTransactionFailed carrying its key.
 */
export class MintTokensCommand extends Command<ChainTransactionView> {
  constructor(readonly request: { key: string; token: Address; to: Address; amount: bigint }) {
    super();
  }
}
