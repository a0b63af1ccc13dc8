import { Query } from '@nestjs/cqrs';

/** A platform transaction as operators watch it: what it is, its nonce, how old, why it failed. */
export interface ChainTransactionSummary {
  key: string;
  kind: string;
  status: string;
  nonce?: number;
  hash?: string;
  error?: string;
  errorName?: string;
  createdAt: string;
  updatedAt: string;
  ageSeconds: number;
}

/** `open`: not final yet (queued, batched, signed, broadcast); `failed`: the most recent failures. */
export class ListChainTransactionsQuery extends Query<ChainTransactionSummary[]> {
  constructor(
    readonly status: 'open' | 'failed',
    readonly limit: number,
  ) {
    super();
  }
}
