import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { type Hex, decodeFunctionData } from 'viem';
import { euroTokenAbi } from '../../../contracts/generated/index.js';
import { ChainTransactionStore } from '../../../infrastructure/persistence/chain-transaction.store.js';
import { ListReserveAttestationsQuery, type ReserveAttestation } from './list-reserve-attestations.query.js';

/** Reads at most this many transaction records (a scan: an operator's history view). */
const SCAN_LIMIT = 20_000;

@QueryHandler(ListReserveAttestationsQuery)
export class ListReserveAttestationsHandler implements IQueryHandler<ListReserveAttestationsQuery, ReserveAttestation[]> {
  constructor(private readonly store: ChainTransactionStore) {}

  async execute({ limit }: ListReserveAttestationsQuery): Promise<ReserveAttestation[]> {
    const found = await this.store.scanWhere('kind', 'attest', SCAN_LIMIT);
    return found
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, limit)
      .map((record) => ({
        key: record.key,
        reserve: attestedReserve(record.data as Hex),
        status: record.status,
        signer: record.signer,
        ...(record.hash ? { hash: record.hash } : {}),
        ...(record.blockNumber ? { blockNumber: record.blockNumber } : {}),
        attestedAt: record.updatedAt,
      }));
  }
}

function attestedReserve(data: Hex): string {
  const { args } = decodeFunctionData({ abi: euroTokenAbi, data });
  return String(args?.[0] ?? '');
}
