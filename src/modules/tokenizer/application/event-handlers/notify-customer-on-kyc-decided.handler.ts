import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { KycApproved, KycRejected } from '../../../customers/index.js';
import { CustomerEventStream } from '../customer-events/customer-event-stream.js';

@EventsHandler(KycApproved, KycRejected)
export class NotifyCustomerOnKycDecided implements IEventHandler<KycApproved | KycRejected> {
  constructor(private readonly stream: CustomerEventStream) {}

  handle(event: KycApproved | KycRejected): void {
    this.stream.push([event.payload.customerId], { kind: 'kyc', event: event.eventType, occurredAt: event.occurredAt });
  }
}
