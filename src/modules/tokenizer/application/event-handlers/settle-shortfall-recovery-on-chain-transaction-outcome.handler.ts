import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionConfirmed, ChainTransactionFailed } from '../../../chain/index.js';
import { recoveryOfChainKey } from '../../domain/topup.js';
import { ShortfallRecovery } from '../topups/shortfall-recovery.js';

@EventsHandler(ChainTransactionConfirmed, ChainTransactionFailed)
export class SettleShortfallRecoveryOnChainTransactionOutcome implements IEventHandler<ChainTransactionConfirmed | ChainTransactionFailed> {
  constructor(private readonly recovery: ShortfallRecovery) {}
  async handle(event: ChainTransactionConfirmed | ChainTransactionFailed): Promise<void> {
    const recovery = recoveryOfChainKey(event.payload.key);
    if (recovery) await this.recovery.settle(recovery.topUpId, recovery.approvalId, event instanceof ChainTransactionConfirmed);
  }
}
