import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionConfirmed } from '../../../chain/index.js';
import { recoveryIdOfKey } from '../../domain/wallet-recovery.js';
import { WalletRecoveryProcessor } from '../processors/wallet-recovery.processor.js';

@EventsHandler(ChainTransactionConfirmed)
export class CompleteWalletRecoveryOnChainTransactionConfirmed implements IEventHandler<ChainTransactionConfirmed> {
  constructor(private readonly recoveries: WalletRecoveryProcessor) {}
  async handle({ payload }: ChainTransactionConfirmed): Promise<void> {
    const recoveryId = recoveryIdOfKey(payload.key);
    if (recoveryId) await this.recoveries.complete(recoveryId);
  }
}
