import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { PayoutReturned, PayoutSent, PayoutSettled } from '../../../bank/index.js';
import { withdrawalIdOfPayout } from '../../domain/withdrawal.js';
import { WithdrawalProcessor } from '../withdrawals/withdrawal-processor.js';

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
