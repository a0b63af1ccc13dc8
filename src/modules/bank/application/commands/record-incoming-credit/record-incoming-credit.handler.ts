import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { BankCreditReceived } from '../../../domain/events/bank-credit-received.event.js';
import { webhookReplayed } from '../../../domain/bank.errors.js';
import { IncomingCreditRepository, RecordOutcome } from '../../../infrastructure/persistence/incoming-credit.repository.js';
import { RecordIncomingCreditCommand } from './record-incoming-credit.command.js';

@CommandHandler(RecordIncomingCreditCommand)
export class RecordIncomingCreditHandler implements ICommandHandler<RecordIncomingCreditCommand> {
  constructor(private readonly credits: IncomingCreditRepository) {}

  async execute({ credit }: RecordIncomingCreditCommand): Promise<RecordOutcome> {
    const event = new BankCreditReceived(credit.transactionId, {
      transactionId: credit.transactionId,
      amount: credit.amount.toString(),
      currency: credit.currency,
      reference: credit.reference,
      bookedAt: credit.bookedAt,
    });
    const outcome = await this.credits.record(credit, [event]);
    if (outcome === 'replayed') throw webhookReplayed();
    return outcome;
  }
}
