import { Query } from '@nestjs/cqrs';
import { type CardPayment } from '../../../ports/acquirer.port.js';

/** The payment as the acquirer knows it now: the authority when webhooks arrive out of order. */
export class GetCardPaymentQuery extends Query<CardPayment | undefined> {
  constructor(readonly paymentId: string) {
    super();
  }
}
