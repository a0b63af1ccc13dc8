import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { DepositCompleted, DepositMinting, DepositReturned, DepositSuspended } from '../../domain/events/deposit.events.js';
import { CustomerEventStream } from '../customer-events/customer-event-stream.js';

type DepositEvent = DepositMinting | DepositCompleted | DepositSuspended | DepositReturned;

@EventsHandler(DepositMinting, DepositCompleted, DepositSuspended, DepositReturned)
export class NotifyCustomerOnDepositChanged implements IEventHandler<DepositEvent> {
  constructor(private readonly stream: CustomerEventStream) {}

  handle(event: DepositEvent): void {
    const { depositId, customerId } = event.payload;
    this.stream.push([customerId], { kind: 'operation', event: event.eventType, operationId: depositId, operationType: 'deposit', occurredAt: event.occurredAt });
  }
}
