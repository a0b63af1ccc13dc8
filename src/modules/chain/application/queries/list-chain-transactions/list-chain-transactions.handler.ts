import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ChainTransactionStore } from '../../../infrastructure/persistence/chain-transaction.store.js';
import { type ChainTransactionSummary, ListChainTransactionsQuery } from './list-chain-transactions.query.js';

/** A failed-transaction listing reads at most this many records (a scan: failures are rare and this is an operator's view). */
const FAILED_SCAN_LIMIT = 5_000;

@QueryHandler(ListChainTransactionsQuery)
export class ListChainTransactionsHandler implements IQueryHandler<ListChainTransactionsQuery, ChainTransactionSummary[]> {
  constructor(private readonly store: ChainTransactionStore) {}

  async execute({ status, limit }: ListChainTransactionsQuery): Promise<ChainTransactionSummary[]> {
    const records = status === 'open' ? await this.store.listOpen() : await this.store.scanWhere('status', 'failed', FAILED_SCAN_LIMIT);
    const now = Date.now();
    return records
      .sort((a, b) => (status === 'open' ? a.createdAt.localeCompare(b.createdAt) : b.updatedAt.localeCompare(a.updatedAt)))
      .slice(0, limit)
      .map((record) => ({
        key: record.key,
        kind: record.kind ?? 'call',
        status: record.status,
        ...(record.nonce !== undefined ? { nonce: record.nonce } : {}),
        ...(record.hash ? { hash: record.hash } : {}),
        ...(record.error ? { error: record.error } : {}),
        ...(record.errorName ? { errorName: record.errorName } : {}),
        createdAt: record.createdAt,
        updatedAt: record.updatedAt,
        ageSeconds: Math.max(0, Math.floor((now - Date.parse(record.createdAt)) / 1000)),
      }));
  }
}
