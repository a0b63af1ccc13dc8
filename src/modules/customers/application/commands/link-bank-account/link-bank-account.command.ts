import { Command } from '@nestjs/cqrs';
import type { BankAccount } from '../../../domain/bank-account.js';

export class LinkBankAccountCommand extends Command<BankAccount> {
  constructor(
    readonly customerId: string,
    readonly iban: string,
    readonly holderName: string,
  ) {
    super();
  }
}
