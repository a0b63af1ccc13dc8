import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { TopUpCompleted, TopUpDeclined, TopUpReversed } from '../../domain/events/topup.events.js';
import { CustomerEventStream } from '../customer-events/customer-event-stream.js';

type TopUpEvent = TopUpCompleted | TopUpDeclined | TopUpReversed;

@EventsHandler(TopUpCompleted, TopUpDeclined, TopUpReversed)
export class NotifyCustomerOnTopUpChanged implements IEventHandler<TopUpEvent> {
  constructor(private readonly stream: CustomerEventStream) {}

  handle(event: TopUpEvent): void {
    const { topUpId, customerId } = event.payload;
    this.stream.push([customerId], { kind: 'operation', event: event.eventType, operationId: topUpId, operationType: 'topup', occurredAt: event.occurredAt });
  }
}
