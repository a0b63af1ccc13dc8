import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BankAccountRepository } from '../../../infrastructure/persistence/bank-account.repository.js';
import { GetBankAccountQuery, type PayoutBankAccount } from './get-bank-account.query.js';

@QueryHandler(GetBankAccountQuery)
export class GetBankAccountHandler implements IQueryHandler<GetBankAccountQuery> {
  constructor(private readonly accounts: BankAccountRepository) {}
  execute({ customerId, bankAccountId }: GetBankAccountQuery): Promise<PayoutBankAccount | undefined> {
    return this.accounts.get(customerId, bankAccountId);
  }
}
