import { DomainEvent, EventType } from '../../../../shared/events/index.js';

/** No IBAN, masked or not, in the payload: consumers ask the customers module by id. */
export interface BankAccountEventPayload {
  customerId: string;
  bankAccountId: string;
}

@EventType('customers.bank-account-linked')
export class BankAccountLinked extends DomainEvent<BankAccountEventPayload> {}

@EventType('customers.bank-account-removed')
export class BankAccountRemoved extends DomainEvent<BankAccountEventPayload> {}
