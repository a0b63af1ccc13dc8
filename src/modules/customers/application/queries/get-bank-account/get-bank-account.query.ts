import { Query } from '@nestjs/cqrs';
import type { BankAccount } from '../../../domain/bank-account.js';

/** A linked account with its IBAN in clear, for a payout; only the customer's own accounts are found. */
export interface PayoutBankAccount extends BankAccount {
  iban: string;
}

export class GetBankAccountQuery extends Query<PayoutBankAccount | undefined> {
  constructor(
    readonly customerId: string,
    readonly bankAccountId: string,
  ) {
    super();
  }
}
