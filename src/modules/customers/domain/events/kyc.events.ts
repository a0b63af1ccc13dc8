import { DomainEvent, EventType } from '../../../../shared/events/index.js';

/** KYC events name the customer and the application only: the personal data stays encrypted in the customers module. */
export interface KycEventPayload {
  customerId: string;
  applicationId: string;
}

@EventType('customers.kyc-submitted')
export class KycSubmitted extends DomainEvent<KycEventPayload> {}

@EventType('customers.kyc-approved')
export class KycApproved extends DomainEvent<KycEventPayload> {}

/** `reason` is the provider's reason code (e.g. `DOCUMENT_REJECTED`), never personal data. */
@EventType('customers.kyc-rejected')
export class KycRejected extends DomainEvent<KycEventPayload & { reason: string }> {}
