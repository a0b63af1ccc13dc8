import { Command } from '@nestjs/cqrs';
import type { WalletRecoveryView } from '../../../domain/wallet-recovery.js';

/**
 * Moves a customer to a new key and wallet (lost or compromised key) through the token's
 * `recoverWallet`, which moves the balance and the on-chain identity. Answers at once with the
 * recovery in `requested` or `submitted`; it completes when the transaction is confirmed.
 */
export class RequestWalletRecoveryCommand extends Command<WalletRecoveryView> {
  constructor(
    readonly customerId: string,
    /** The operator who asked for it, for the audit trail. */
    readonly requestedBy: string,
    /** Given by an approved request: asking again with it returns the recovery already started. */
    readonly recoveryId?: string,
  ) {
    super();
  }
}
