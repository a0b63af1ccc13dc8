import { Command } from '@nestjs/cqrs';
import type { WalletView } from '../../../domain/wallet.js';

/** Gives the customer a custodial wallet (idempotent: a second call returns the first wallet). */
export class ProvisionWalletCommand extends Command<WalletView> {
  constructor(readonly customerId: string) {
    super();
  }
}
