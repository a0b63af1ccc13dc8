import { Query } from '@nestjs/cqrs';
import type { ChainTransactionView } from '../../../domain/chain-transaction.js';

export class GetChainTransactionQuery extends Query<ChainTransactionView | undefined> {
  constructor(readonly key: string) {
    super();
  }
}
