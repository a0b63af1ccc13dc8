import { Query } from '@nestjs/cqrs';

/** Card funds the acquirer holds for the platform: they back tokens minted for card top-ups. */
export class GetAcquirerBalanceQuery extends Query<bigint> {}
