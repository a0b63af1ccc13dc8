import { Query } from '@nestjs/cqrs';
import type { WalletRecoveryView } from '../../domain/wallet-recovery.js';

export class GetWalletRecoveryQuery extends Query<WalletRecoveryView | undefined> {
  constructor(readonly recoveryId: string) {
    super();
  }
}
