import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionConfirmed } from '../../../chain/index.js';
import { stepOfChainKey } from '../../domain/withdrawal.js';
import { WithdrawalProcessor } from '../withdrawals/withdrawal-processor.js';

@EventsHandler(ChainTransactionConfirmed)
export class AdvanceWithdrawalOnChainTransactionConfirmed implements IEventHandler<ChainTransactionConfirmed> {
  constructor(private readonly processor: WithdrawalProcessor) {}

  async handle({ payload }: ChainTransactionConfirmed): Promise<void> {
    const step = stepOfChainKey(payload.key);
    if (!step) return;
    if (step.step === 'hold') await this.processor.holdConfirmed(step.withdrawalId);
    else if (step.step === 'burn') await this.processor.burnConfirmed(step.withdrawalId);
    else if (step.step === 'release') await this.processor.releaseConfirmed(step.withdrawalId);
    else await this.processor.creditConfirmed(step.withdrawalId);
  }
}
