import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { BankCreditReceived } from '../../../bank/index.js';
import { DepositRepository } from '../../infrastructure/persistence/deposit.repository.js';
import { DepositProcessor } from '../deposits/deposit-processor.js';

@EventsHandler(BankCreditReceived)
export class RecordDepositOnBankCreditReceived implements IEventHandler<BankCreditReceived> {
  constructor(
    private readonly deposits: DepositRepository,
    private readonly processor: DepositProcessor,
  ) {}

  async handle({ payload }: BankCreditReceived): Promise<void> {
    const created = await this.deposits.createIfAbsent(
      { id: payload.transactionId, amount: BigInt(payload.amount), currency: payload.currency, reference: payload.reference, status: 'received' },
      [],
    );
    // A redelivered event finds the deposit already recorded: it resumes from what is stored.
    if (created) await this.processor.advanceFrom(created);
    else await this.processor.advance(payload.transactionId);
  }
}
