import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { GetAcquirerBalanceQuery } from '../../../../acquirer/index.js';
import { GetOmnibusAccountQuery } from '../../../../bank/index.js';
import { GetAttestableReserveQuery } from '../../../../chain/index.js';
import { WithdrawalRepository } from '../../../infrastructure/persistence/withdrawal.repository.js';

/**
 * What backs the token, for the attestation before each mint batch: the omnibus account's booked
 * balance plus the card funds the acquirer holds for the platform, plus withdrawals paid out whose
 * hold is not burned yet (those tokens are on their way out; without them no mint could pass
 * while a payout is between sent and settled).
 */
@QueryHandler(GetAttestableReserveQuery)
export class GetAttestableReserveHandler implements IQueryHandler<GetAttestableReserveQuery> {
  constructor(
    private readonly queries: QueryBus,
    private readonly withdrawals: WithdrawalRepository,
  ) {}

  async execute(): Promise<bigint> {
    const [omnibus, acquirer, paidNotBurned] = await Promise.all([
      this.queries.execute(new GetOmnibusAccountQuery()),
      this.queries.execute(new GetAcquirerBalanceQuery()),
      this.withdrawals.sumPaidNotBurned(),
    ]);
    return omnibus.balance + acquirer + paidNotBurned;
  }
}
