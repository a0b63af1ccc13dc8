import { DomainEvent, EventType } from '../../../../shared/events/index.js';

/** A SEPA credit booked on the omnibus account. The debtor's IBAN and name stay encrypted in the bank module. */
export interface BankCreditReceivedPayload {
  transactionId: string;
  amount: string;
  currency: string;
  reference: string;
  bookedAt: string;
}

@EventType('bank.credit-received')
export class BankCreditReceived extends DomainEvent<BankCreditReceivedPayload> {}
