import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { BANK_PORT, type BankPort, type OmnibusAccount } from '../../../ports/bank.port.js';
import { GetOmnibusAccountQuery } from './get-omnibus-account.query.js';

@QueryHandler(GetOmnibusAccountQuery)
export class GetOmnibusAccountHandler implements IQueryHandler<GetOmnibusAccountQuery> {
  constructor(@Inject(BANK_PORT) private readonly bank: BankPort) {}
  execute(): Promise<OmnibusAccount> {
    return this.bank.getOmnibusAccount();
  }
}
