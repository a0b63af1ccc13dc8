import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { CardPaymentUpdated } from '../../../acquirer/index.js';
import { ChainTransactionConfirmed, ChainTransactionFailed } from '../../../chain/index.js';
import { topUpIdOfChainKey } from '../../domain/topup.js';
import { TopUpProcessor } from '../topup-processor.js';

/** The webhook's status is only a hint: the processor reads the payment's current state. */
@EventsHandler(CardPaymentUpdated)
export class AdvanceTopUpOnCardPaymentUpdated implements IEventHandler<CardPaymentUpdated> {
  constructor(private readonly processor: TopUpProcessor) {}
  async handle({ payload }: CardPaymentUpdated): Promise<void> {
    await this.processor.advanceByPayment(payload.paymentId);
  }
}

@EventsHandler(ChainTransactionConfirmed, ChainTransactionFailed)
export class AdvanceTopUpOnChainTransactionOutcome implements IEventHandler<ChainTransactionConfirmed | ChainTransactionFailed> {
  constructor(private readonly processor: TopUpProcessor) {}
  async handle({ payload }: ChainTransactionConfirmed | ChainTransactionFailed): Promise<void> {
    const topUpId = topUpIdOfChainKey(payload.key);
    if (topUpId) await this.processor.advance(topUpId);
  }
}
