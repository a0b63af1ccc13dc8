import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Abi } from 'viem';
import type { ChainTransactionView } from '../../domain/chain-transaction.js';
import { ContractRegistry } from '../../deployment/contract-registry.js';
import { ChainClients } from '../../infrastructure/chain-clients.js';
import { TransactionManager } from '../../transactions/transaction-manager.js';
import { GetChainHeadQuery, GetChainTransactionKeyByHashQuery, GetChainTransactionQuery, GetPlatformContractsQuery, PlatformContracts, ReadContractQuery } from './chain.queries.js';

@QueryHandler(GetPlatformContractsQuery)
export class GetPlatformContractsHandler implements IQueryHandler<GetPlatformContractsQuery> {
  constructor(private readonly registry: ContractRegistry) {}
  async execute(): Promise<PlatformContracts> {
    return this.registry.contracts;
  }
}

@QueryHandler(GetChainTransactionQuery)
export class GetChainTransactionHandler implements IQueryHandler<GetChainTransactionQuery> {
  constructor(private readonly transactions: TransactionManager) {}
  execute({ key }: GetChainTransactionQuery): Promise<ChainTransactionView | undefined> {
    return this.transactions.get(key);
  }
}

@QueryHandler(GetChainTransactionKeyByHashQuery)
export class GetChainTransactionKeyByHashHandler implements IQueryHandler<GetChainTransactionKeyByHashQuery> {
  constructor(private readonly transactions: TransactionManager) {}
  execute({ hash }: GetChainTransactionKeyByHashQuery): Promise<string | undefined> {
    return this.transactions.keyOfHash(hash);
  }
}

@QueryHandler(ReadContractQuery)
export class ReadContractHandler implements IQueryHandler<ReadContractQuery> {
  constructor(private readonly clients: ChainClients) {}
  execute({ request }: ReadContractQuery): Promise<unknown> {
    return this.clients.publicClient.readContract({
      address: request.address,
      abi: request.abi as Abi,
      functionName: request.functionName,
      args: request.args,
      ...(request.blockNumber !== undefined ? { blockNumber: request.blockNumber } : {}),
    });
  }
}

@QueryHandler(GetChainHeadQuery)
export class GetChainHeadHandler implements IQueryHandler<GetChainHeadQuery> {
  constructor(private readonly clients: ChainClients) {}
  execute(): Promise<bigint> {
    return this.clients.publicClient.getBlockNumber({ cacheTime: 0 });
  }
}
