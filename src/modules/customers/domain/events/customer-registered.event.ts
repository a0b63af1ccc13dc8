import { DomainEvent, EventType } from '../../../../shared/events/index.js';

/** Carries no personal data: the event log is not encrypted. */
@EventType('customers.customer-registered')
export class CustomerRegistered extends DomainEvent<{ customerId: string }> {}
