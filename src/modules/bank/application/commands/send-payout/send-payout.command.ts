import { Command } from '@nestjs/cqrs';
import type { Payout, PayoutCreditor } from '../../../domain/payout.js';

/**
 * Pays `amount` cents out of the omnibus account by SEPA credit transfer, once per `payoutId`
 * (sending the same id again returns the payout as it stands). The outcome arrives as
 * PayoutSent, then PayoutSettled or PayoutReturned, carrying the same payout id.
 */
export class SendPayoutCommand extends Command<Payout> {
  constructor(readonly payout: { payoutId: string; amount: bigint; reference: string; creditor: PayoutCreditor }) {
    super();
  }
}
