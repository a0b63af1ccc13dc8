import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { TransactionManager } from '../../../infrastructure/transactions/transaction-manager.js';
import { GetChainTransactionKeyByHashQuery } from './get-chain-transaction-key-by-hash.query.js';

@QueryHandler(GetChainTransactionKeyByHashQuery)
export class GetChainTransactionKeyByHashHandler implements IQueryHandler<GetChainTransactionKeyByHashQuery> {
  constructor(private readonly transactions: TransactionManager) {}
  execute({ hash }: GetChainTransactionKeyByHashQuery): Promise<string | undefined> {
    return this.transactions.keyOfHash(hash);
  }
}
