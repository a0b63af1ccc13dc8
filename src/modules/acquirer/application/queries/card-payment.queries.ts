import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ACQUIRER_PORT, type AcquirerPort, type CardPayment } from '../../ports/acquirer.port.js';

/** The payment as the acquirer knows it now: the authority when webhooks arrive out of order. */
export class GetCardPaymentQuery extends Query<CardPayment | undefined> {
  constructor(readonly paymentId: string) {
    super();
  }
}

/** Card funds the acquirer holds for the platform: they back tokens minted for card top-ups. */
export class GetAcquirerBalanceQuery extends Query<bigint> {}

@QueryHandler(GetCardPaymentQuery)
export class GetCardPaymentHandler implements IQueryHandler<GetCardPaymentQuery> {
  constructor(@Inject(ACQUIRER_PORT) private readonly acquirer: AcquirerPort) {}
  execute({ paymentId }: GetCardPaymentQuery): Promise<CardPayment | undefined> {
    return this.acquirer.getPayment(paymentId);
  }
}

@QueryHandler(GetAcquirerBalanceQuery)
export class GetAcquirerBalanceHandler implements IQueryHandler<GetAcquirerBalanceQuery> {
  constructor(@Inject(ACQUIRER_PORT) private readonly acquirer: AcquirerPort) {}
  execute(): Promise<bigint> {
    return this.acquirer.getSettlementBalance();
  }
}
