import { Command } from '@nestjs/cqrs';
import type { CardPayment } from '../../../ports/acquirer.port.js';

/** Refunds a captured card payment in full; the outcome arrives by webhook (`payment.refunded`). */
export class RefundCardPaymentCommand extends Command<CardPayment> {
  constructor(readonly paymentId: string) {
    super();
  }
}
