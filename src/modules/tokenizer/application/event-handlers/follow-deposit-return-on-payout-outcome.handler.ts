import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { PayoutReturned, PayoutSettled } from '../../../bank/index.js';
import { depositIdOfReturnPayout } from '../../domain/deposit.js';
import { DepositProcessor } from '../deposits/deposit-processor.js';

/** A return payout settled or came back: the deposit's state machine reads the payout and moves on. */
@EventsHandler(PayoutSettled, PayoutReturned)
export class FollowDepositReturnOnPayoutOutcome implements IEventHandler<PayoutSettled | PayoutReturned> {
  constructor(private readonly processor: DepositProcessor) {}

  async handle({ payload }: PayoutSettled | PayoutReturned): Promise<void> {
    const depositId = depositIdOfReturnPayout(payload.payoutId);
    if (depositId) await this.processor.advance(depositId);
  }
}
