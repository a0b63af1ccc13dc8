import { Query } from '@nestjs/cqrs';
import type { Payout } from '../../../domain/payout.js';

export class GetPayoutQuery extends Query<Payout | undefined> {
  constructor(readonly payoutId: string) {
    super();
  }
}
