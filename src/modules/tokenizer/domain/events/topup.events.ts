import { DomainEvent, EventType } from '../../../../shared/events/index.js';

interface TopUpPayload {
  topUpId: string;
  customerId: string;
  amount: string;
}

@EventType('tokenizer.topup-completed')
export class TopUpCompleted extends DomainEvent<TopUpPayload & { transactionHash: string }> {}

@EventType('tokenizer.topup-declined')
export class TopUpDeclined extends DomainEvent<TopUpPayload & { reason: string }> {}

/** Refunded or charged back; `shortfall` > 0 when the customer's balance could not cover the burn. */
@EventType('tokenizer.topup-reversed')
export class TopUpReversed extends DomainEvent<TopUpPayload & { outcome: 'refunded' | 'charged_back'; burned: string; shortfall: string }> {}
