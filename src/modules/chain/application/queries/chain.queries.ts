import { Query } from '@nestjs/cqrs';
import type { Address } from 'viem';
import type { ChainTransactionView } from '../../domain/chain-transaction.js';

export interface PlatformContracts {
  chainId: number;
  token: Address;
  identityRegistry: Address;
  claimIssuer: Address;
  identityFactory: Address;
  /** The platform's relayer/operator account: it pays gas and holds the operational roles. */
  operator: Address;
  claimSigner: Address;
}

export class GetPlatformContractsQuery extends Query<PlatformContracts> {}

export class GetChainTransactionQuery extends Query<ChainTransactionView | undefined> {
  constructor(readonly key: string) {
    super();
  }
}

/** The key of the platform transaction with this hash (undefined: the platform did not send it). */
export class GetChainTransactionKeyByHashQuery extends Query<string | undefined> {
  constructor(readonly hash: string) {
    super();
  }
}

/** A read-only contract call on the latest block, or on `blockNumber` (balances, predictions, registry look-ups). */
export class ReadContractQuery extends Query<unknown> {
  constructor(readonly request: { address: Address; abi: readonly unknown[]; functionName: string; args?: readonly unknown[]; blockNumber?: bigint }) {
    super();
  }
}

export class GetChainHeadQuery extends Query<bigint> {}

/**
 * Asked by the chain module before each mint batch, answered by the module that owns the reserve
 * (the tokenizer: the omnibus balance): the amount to attest on chain so the batch is covered.
 */
export class GetAttestableReserveQuery extends Query<bigint> {}
