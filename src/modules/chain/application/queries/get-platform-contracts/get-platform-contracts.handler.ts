import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ContractRegistry } from '../../../infrastructure/deployment/contract-registry.js';
import type { PlatformContracts } from '../../../domain/platform-contracts.js';
import { GetPlatformContractsQuery } from './get-platform-contracts.query.js';

@QueryHandler(GetPlatformContractsQuery)
export class GetPlatformContractsHandler implements IQueryHandler<GetPlatformContractsQuery> {
  constructor(private readonly registry: ContractRegistry) {}
  async execute(): Promise<PlatformContracts> {
    return this.registry.contracts;
  }
}
