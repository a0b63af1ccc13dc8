import { Query } from '@nestjs/cqrs';
import type { BankAccount } from '../../../domain/bank-account.js';

export class ListBankAccountsQuery extends Query<BankAccount[]> {
  constructor(readonly customerId: string) {
    super();
  }
}
