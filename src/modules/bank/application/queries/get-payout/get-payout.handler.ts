import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Payout } from '../../../domain/payout.js';
import { PayoutRepository } from '../../../infrastructure/persistence/payout.repository.js';
import { GetPayoutQuery } from './get-payout.query.js';

@QueryHandler(GetPayoutQuery)
export class GetPayoutHandler implements IQueryHandler<GetPayoutQuery> {
  constructor(private readonly payouts: PayoutRepository) {}
  execute({ payoutId }: GetPayoutQuery): Promise<Payout | undefined> {
    return this.payouts.get(payoutId);
  }
}
