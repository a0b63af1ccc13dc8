import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { PayoutReturned, PayoutSent, PayoutSettled } from '../../../bank/index.js';
import { ChainTransactionConfirmed, ChainTransactionFailed } from '../../../chain/index.js';
import { stepOfChainKey, withdrawalIdOfPayout } from '../../domain/withdrawal.js';
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

@EventsHandler(PayoutSent, PayoutSettled, PayoutReturned)
export class FollowWithdrawalOnPayoutUpdate implements IEventHandler<PayoutSent | PayoutSettled | PayoutReturned> {
  constructor(private readonly processor: WithdrawalProcessor) {}

  async handle(event: PayoutSent | PayoutSettled | PayoutReturned): Promise<void> {
    const withdrawalId = withdrawalIdOfPayout(event.payload.payoutId);
    if (!withdrawalId) return;
    if (event instanceof PayoutSent) await this.processor.payoutSent(withdrawalId, event.payload.endToEndId);
    else if (event instanceof PayoutSettled) await this.processor.payoutSettled(withdrawalId);
    else await this.processor.payoutReturned(withdrawalId, (event as PayoutReturned).payload.reason);
  }
}
