import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { UnprocessableError } from '../../../../../shared/errors/index.js';
import { payoutNotFound, unknownCredit } from '../../../domain/bank.errors.js';
import type { Payout } from '../../../domain/payout.js';
import { IncomingCreditRepository } from '../../../infrastructure/persistence/incoming-credit.repository.js';
import { PayoutRepository } from '../../../infrastructure/persistence/payout.repository.js';
import { BANK_PORT, type BankPort } from '../../../ports/bank.port.js';
import { PayoutTracker } from '../../payout-tracker.js';
import { SendPayoutCommand } from './send-payout.command.js';

@CommandHandler(SendPayoutCommand)
export class SendPayoutHandler implements ICommandHandler<SendPayoutCommand> {
  constructor(
    private readonly payouts: PayoutRepository,
    private readonly credits: IncomingCreditRepository,
    private readonly tracker: PayoutTracker,
    @Inject(BANK_PORT) private readonly bank: BankPort,
  ) {}

  async execute({ payout: request }: SendPayoutCommand): Promise<Payout> {
    let payout = await this.payouts.get(request.payoutId);
    if (!payout) {
      const creditor = await this.resolveCreditor(request);
      // Recorded before the bank is asked: a crash in between re-sends the same payout id.
      await this.payouts.createIfAbsent({ payoutId: request.payoutId, amount: request.amount, reference: request.reference, ...creditor });
      payout = (await this.payouts.get(request.payoutId)) as Payout;
    }
    if (payout.amount !== request.amount) {
      throw new UnprocessableError('BANK.PAYOUT_MISMATCH', `Payout ${request.payoutId} exists with another amount.`);
    }
    if (payout.status === 'requested') {
      const creditor = await this.payouts.creditor(payout.payoutId);
      if (!creditor) throw payoutNotFound(payout.payoutId);
      const booked = await this.bank.sendPayout({ payoutId: payout.payoutId, amount: payout.amount, reference: payout.reference, creditorIban: creditor.iban, creditorName: creditor.name });
      await this.tracker.apply(payout, booked.status, { endToEndId: booked.endToEndId });
    }
    return (await this.payouts.get(request.payoutId)) as Payout;
  }

  private async resolveCreditor(request: SendPayoutCommand['payout']): Promise<{ creditorIban: string; creditorName: string }> {
    if ('iban' in request.creditor) return { creditorIban: request.creditor.iban, creditorName: request.creditor.name };
    const debtor = await this.credits.debtorOf(request.creditor.returnOfCredit);
    if (!debtor) throw unknownCredit(request.creditor.returnOfCredit);
    if (request.amount > debtor.amount) throw new UnprocessableError('BANK.RETURN_EXCEEDS_CREDIT', 'A return cannot exceed the credit it returns.');
    return { creditorIban: debtor.iban, creditorName: debtor.name };
  }
}
