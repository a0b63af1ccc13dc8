import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Abi } from 'viem';
import { ChainClients } from '../../../infrastructure/node/chain-clients.js';
import { ReadContractQuery } from './read-contract.query.js';

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
