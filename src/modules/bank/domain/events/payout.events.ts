import { DomainEvent, EventType } from '../../../../shared/events/index.js';

/** Payout events carry no IBAN or name: those stay encrypted in the bank module. */
export interface PayoutPayload {
  payoutId: string;
  amount: string;
  endToEndId?: string;
}

@EventType('bank.payout-sent')
export class PayoutSent extends DomainEvent<PayoutPayload> {}

@EventType('bank.payout-settled')
export class PayoutSettled extends DomainEvent<PayoutPayload> {}

@EventType('bank.payout-returned')
export class PayoutReturned extends DomainEvent<PayoutPayload & { reason: string }> {}
