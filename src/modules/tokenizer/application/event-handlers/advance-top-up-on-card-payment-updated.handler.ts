import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { CardPaymentUpdated } from '../../../acquirer/index.js';
import { TopUpProcessor } from '../topups/topup-processor.js';

/** The webhook's status is only a hint: the processor reads the payment's current state. */
@EventsHandler(CardPaymentUpdated)
export class AdvanceTopUpOnCardPaymentUpdated implements IEventHandler<CardPaymentUpdated> {
  constructor(private readonly processor: TopUpProcessor) {}
  async handle({ payload }: CardPaymentUpdated): Promise<void> {
    await this.processor.advanceByPayment(payload.paymentId);
  }
}
