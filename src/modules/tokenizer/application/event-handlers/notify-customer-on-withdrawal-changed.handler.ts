import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { WithdrawalCompleted, WithdrawalCreditedBack, WithdrawalReleased } from '../../domain/events/withdrawal.events.js';
import { CustomerEventStream } from '../customer-events/customer-event-stream.js';

type WithdrawalEvent = WithdrawalCompleted | WithdrawalReleased | WithdrawalCreditedBack;

@EventsHandler(WithdrawalCompleted, WithdrawalReleased, WithdrawalCreditedBack)
export class NotifyCustomerOnWithdrawalChanged implements IEventHandler<WithdrawalEvent> {
  constructor(private readonly stream: CustomerEventStream) {}

  handle(event: WithdrawalEvent): void {
    const { withdrawalId, customerId } = event.payload;
    this.stream.push([customerId], { kind: 'operation', event: event.eventType, operationId: withdrawalId, operationType: 'withdrawal', occurredAt: event.occurredAt });
  }
}
