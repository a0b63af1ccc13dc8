import { Query } from '@nestjs/cqrs';

export class GetChainHeadQuery extends Query<bigint> {}
