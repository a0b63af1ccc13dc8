import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { GetAcquirerBalanceQuery } from '../../../acquirer/index.js';
import { GetOmnibusAccountQuery } from '../../../bank/index.js';
import { GetAttestableReserveQuery } from '../../../chain/index.js';

/**
 * What backs the token, for the attestation before each mint batch: the omnibus account's booked
 * balance plus the card funds the acquirer holds for the platform.
 */
@QueryHandler(GetAttestableReserveQuery)
export class GetAttestableReserveHandler implements IQueryHandler<GetAttestableReserveQuery> {
  constructor(private readonly queries: QueryBus) {}

  async execute(): Promise<bigint> {
    const [omnibus, acquirer] = await Promise.all([this.queries.execute(new GetOmnibusAccountQuery()), this.queries.execute(new GetAcquirerBalanceQuery())]);
    return omnibus.balance + acquirer;
  }
}
