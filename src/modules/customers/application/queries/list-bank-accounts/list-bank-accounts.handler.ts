import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { BankAccount } from '../../../domain/bank-account.js';
import { BankAccountRepository } from '../../../infrastructure/persistence/bank-account.repository.js';
import { ListBankAccountsQuery } from './list-bank-accounts.query.js';

@QueryHandler(ListBankAccountsQuery)
export class ListBankAccountsHandler implements IQueryHandler<ListBankAccountsQuery> {
  constructor(private readonly accounts: BankAccountRepository) {}
  execute({ customerId }: ListBankAccountsQuery): Promise<BankAccount[]> {
    return this.accounts.list(customerId);
  }
}
