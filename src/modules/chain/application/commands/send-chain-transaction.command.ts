import { Command } from '@nestjs/cqrs';
import type { Address, Hex } from 'viem';
import type { ChainTransactionView } from '../../domain/chain-transaction.js';

/**
 * Sends a transaction from the platform's operator key. `key` makes it idempotent: sending the
 * same key again returns the first transaction. The outcome arrives as ChainTransactionConfirmed
 * or ChainTransactionFailed with the same key.
 */
export class SendChainTransactionCommand extends Command<ChainTransactionView> {
  constructor(readonly request: { key: string; to: Address; data: Hex }) {
    super();
  }
}
