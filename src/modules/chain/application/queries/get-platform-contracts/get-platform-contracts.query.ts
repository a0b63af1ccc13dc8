import { Query } from '@nestjs/cqrs';
import type { PlatformContracts } from '../../../domain/platform-contracts.js';

export class GetPlatformContractsQuery extends Query<PlatformContracts> {}
