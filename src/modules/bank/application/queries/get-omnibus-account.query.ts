import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { BANK_PORT, type BankPort, type OmnibusAccount } from '../../ports/bank.port.js';

/** The omnibus account and its booked balance: what backs the tokens in circulation. */
export class GetOmnibusAccountQuery extends Query<OmnibusAccount> {}

@QueryHandler(GetOmnibusAccountQuery)
export class GetOmnibusAccountHandler implements IQueryHandler<GetOmnibusAccountQuery> {
  constructor(@Inject(BANK_PORT) private readonly bank: BankPort) {}
  execute(): Promise<OmnibusAccount> {
    return this.bank.getOmnibusAccount();
  }
}
