import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { ACQUIRER_PORT, type AcquirerPort, type CardPayment } from '../../../ports/acquirer.port.js';
import { GetCardPaymentQuery } from './get-card-payment.query.js';

@QueryHandler(GetCardPaymentQuery)
export class GetCardPaymentHandler implements IQueryHandler<GetCardPaymentQuery> {
  constructor(@Inject(ACQUIRER_PORT) private readonly acquirer: AcquirerPort) {}
  execute({ paymentId }: GetCardPaymentQuery): Promise<CardPayment | undefined> {
    return this.acquirer.getPayment(paymentId);
  }
}
