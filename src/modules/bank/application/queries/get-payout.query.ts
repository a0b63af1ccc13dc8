import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { Payout } from '../../domain/payout.js';
import { PayoutRepository } from '../../infrastructure/persistence/payout.repository.js';

export class GetPayoutQuery extends Query<Payout | undefined> {
  constructor(readonly payoutId: string) {
    super();
  }
}

@QueryHandler(GetPayoutQuery)
export class GetPayoutHandler implements IQueryHandler<GetPayoutQuery> {
  constructor(private readonly payouts: PayoutRepository) {}
  execute({ payoutId }: GetPayoutQuery): Promise<Payout | undefined> {
    return this.payouts.get(payoutId);
  }
}
