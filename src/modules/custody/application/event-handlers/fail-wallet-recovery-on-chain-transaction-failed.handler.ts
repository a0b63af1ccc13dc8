import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionFailed } from '../../../chain/index.js';
import { recoveryIdOfKey } from '../../domain/wallet-recovery.js';
import { WalletRecoveryProcessor } from '../processors/wallet-recovery.processor.js';

@EventsHandler(ChainTransactionFailed)
export class FailWalletRecoveryOnChainTransactionFailed implements IEventHandler<ChainTransactionFailed> {
  constructor(private readonly recoveries: WalletRecoveryProcessor) {}
  async handle({ payload }: ChainTransactionFailed): Promise<void> {
    const recoveryId = recoveryIdOfKey(payload.key);
    if (recoveryId) await this.recoveries.fail(recoveryId, payload.revert?.name ?? payload.reason);
  }
}
