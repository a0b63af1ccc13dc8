import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { type BankAccount, checkIban } from '../../../domain/bank-account.js';
import { ibanNotSepa, invalidIban } from '../../../domain/customer.errors.js';
import { BankAccountLinked } from '../../../domain/events/bank-account.events.js';
import { BankAccountRepository } from '../../../infrastructure/persistence/bank-account.repository.js';
import { LinkBankAccountCommand } from './link-bank-account.command.js';

@CommandHandler(LinkBankAccountCommand)
export class LinkBankAccountHandler implements ICommandHandler<LinkBankAccountCommand> {
  constructor(private readonly accounts: BankAccountRepository) {}

  async execute({ customerId, iban, holderName }: LinkBankAccountCommand): Promise<BankAccount> {
    const verdict = checkIban(iban);
    if (!verdict.valid) throw verdict.reason === 'NOT_SEPA' ? ibanNotSepa() : invalidIban();
    return this.accounts.link(customerId, verdict.iban, holderName.trim(), (bankAccountId) => [
      new BankAccountLinked(customerId, { customerId, bankAccountId }),
    ]);
  }
}
