import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { WalletRecoveryView } from '../../domain/wallet-recovery.js';
import { WalletRecoveryRepository } from '../../infrastructure/persistence/wallet-recovery.repository.js';
import { GetWalletRecoveryQuery } from './get-wallet-recovery.query.js';

@QueryHandler(GetWalletRecoveryQuery)
export class GetWalletRecoveryHandler implements IQueryHandler<GetWalletRecoveryQuery> {
  constructor(private readonly recoveries: WalletRecoveryRepository) {}
  async execute({ recoveryId }: GetWalletRecoveryQuery): Promise<WalletRecoveryView | undefined> {
    const recovery = await this.recoveries.get(recoveryId);
    if (!recovery) return undefined;
    const { identityAddress: _identity, ...view } = recovery;
    return view;
  }
}
