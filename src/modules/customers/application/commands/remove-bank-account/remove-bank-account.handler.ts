import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { BankAccountRemoved } from '../../../domain/events/bank-account.events.js';
import { BankAccountRepository } from '../../../infrastructure/persistence/bank-account.repository.js';
import { RemoveBankAccountCommand } from './remove-bank-account.command.js';

@CommandHandler(RemoveBankAccountCommand)
export class RemoveBankAccountHandler implements ICommandHandler<RemoveBankAccountCommand> {
  constructor(private readonly accounts: BankAccountRepository) {}

  async execute({ customerId, bankAccountId }: RemoveBankAccountCommand): Promise<void> {
    await this.accounts.remove(customerId, bankAccountId, [new BankAccountRemoved(customerId, { customerId, bankAccountId })]);
  }
}
