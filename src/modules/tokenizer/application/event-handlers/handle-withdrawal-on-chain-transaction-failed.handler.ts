import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionFailed } from '../../../chain/index.js';
import { stepOfChainKey } from '../../domain/withdrawal.js';
import { WithdrawalProcessor } from '../withdrawals/withdrawal-processor.js';

@EventsHandler(ChainTransactionFailed)
export class HandleWithdrawalOnChainTransactionFailed implements IEventHandler<ChainTransactionFailed> {
  constructor(private readonly processor: WithdrawalProcessor) {}

  async handle({ payload }: ChainTransactionFailed): Promise<void> {
    const step = stepOfChainKey(payload.key);
    if (!step) return;
    if (step.step === 'hold') await this.processor.holdFailed(step.withdrawalId, payload.revert);
    else this.processor.stepFailed(step.withdrawalId, step.step, payload.reason);
  }
}
