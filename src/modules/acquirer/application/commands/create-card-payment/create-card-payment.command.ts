import { Command } from '@nestjs/cqrs';
import type { CardPayment } from '../../../ports/acquirer.port.js';

/** Creates a card payment the customer then pays on the acquirer's page; idempotent by key. */
export class CreateCardPaymentCommand extends Command<CardPayment> {
  constructor(readonly payment: { amount: bigint; idempotencyKey: string; reference: string }) {
    super();
  }
}
