import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { ChainTransactionView } from '../../../domain/chain-transaction.js';
import { TransactionManager } from '../../../infrastructure/transactions/transaction-manager.js';
import { GetChainTransactionQuery } from './get-chain-transaction.query.js';

@QueryHandler(GetChainTransactionQuery)
export class GetChainTransactionHandler implements IQueryHandler<GetChainTransactionQuery> {
  constructor(private readonly transactions: TransactionManager) {}
  execute({ key }: GetChainTransactionQuery): Promise<ChainTransactionView | undefined> {
    return this.transactions.get(key);
  }
}
