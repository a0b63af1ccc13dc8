import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ACQUIRER_PORT, type AcquirerPort } from '../../../ports/acquirer.port.js';
import { GetAcquirerBalanceQuery } from './get-acquirer-balance.query.js';

@QueryHandler(GetAcquirerBalanceQuery)
export class GetAcquirerBalanceHandler implements IQueryHandler<GetAcquirerBalanceQuery> {
  constructor(@Inject(ACQUIRER_PORT) private readonly acquirer: AcquirerPort) {}
  execute(): Promise<bigint> {
    return this.acquirer.getSettlementBalance();
  }
}
