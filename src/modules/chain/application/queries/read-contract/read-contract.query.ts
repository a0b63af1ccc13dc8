import { Query } from '@nestjs/cqrs';
import type { Address } from 'viem';

/** A read-only contract call on the latest block, or on `blockNumber` (balances, predictions, registry look-ups). */
export class ReadContractQuery extends Query<unknown> {
  constructor(readonly request: { address: Address; abi: readonly unknown[]; functionName: string; args?: readonly unknown[]; blockNumber?: bigint }) {
    super();
  }
}
