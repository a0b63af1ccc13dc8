import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { TransferCompleted, TransferFailed } from '../../domain/events/transfer.events.js';
import { CustomerEventStream } from '../customer-events/customer-event-stream.js';

type TransferEvent = TransferCompleted | TransferFailed;

/** Both sides: the recipient's screen shows an incoming transfer without reloading. */
@EventsHandler(TransferCompleted, TransferFailed)
export class NotifyCustomersOnTransferChanged implements IEventHandler<TransferEvent> {
  constructor(private readonly stream: CustomerEventStream) {}

  handle(event: TransferEvent): void {
    const { transferId, senderId, recipientId } = event.payload;
    const recipients = event instanceof TransferCompleted ? [senderId, recipientId] : [senderId];
    this.stream.push(recipients, { kind: 'operation', event: event.eventType, operationId: transferId, operationType: 'transfer', occurredAt: event.occurredAt });
  }
}
