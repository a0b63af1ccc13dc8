import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ChainClients } from '../../../infrastructure/node/chain-clients.js';
import { GetChainHeadQuery } from './get-chain-head.query.js';

@QueryHandler(GetChainHeadQuery)
export class GetChainHeadHandler implements IQueryHandler<GetChainHeadQuery> {
  constructor(private readonly clients: ChainClients) {}
  execute(): Promise<bigint> {
    return this.clients.publicClient.getBlockNumber({ cacheTime: 0 });
  }
}
