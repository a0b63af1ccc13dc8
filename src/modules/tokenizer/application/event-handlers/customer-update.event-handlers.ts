import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { KycApproved, KycRejected } from '../../../customers/index.js';
import { DepositCompleted, DepositMinting, DepositReturned, DepositSuspended } from '../../domain/events/deposit.events.js';
import { TopUpCompleted, TopUpDeclined, TopUpReversed } from '../../domain/events/topup.events.js';
import { TransferCompleted, TransferFailed } from '../../domain/events/transfer.events.js';
import { WithdrawalCompleted, WithdrawalCreditedBack, WithdrawalReleased } from '../../domain/events/withdrawal.events.js';
import { CustomerEventStream } from '../customer-events/customer-event-stream.js';

type DepositEvent = DepositMinting | DepositCompleted | DepositSuspended | DepositReturned;
type TopUpEvent = TopUpCompleted | TopUpDeclined | TopUpReversed;
type TransferEvent = TransferCompleted | TransferFailed;
type WithdrawalEvent = WithdrawalCompleted | WithdrawalReleased | WithdrawalCreditedBack;

@EventsHandler(DepositMinting, DepositCompleted, DepositSuspended, DepositReturned)
export class NotifyCustomerOnDepositChanged implements IEventHandler<DepositEvent> {
  constructor(private readonly stream: CustomerEventStream) {}

  handle(event: DepositEvent): void {
    const { depositId, customerId } = event.payload;
    this.stream.push([customerId], { kind: 'operation', event: event.eventType, operationId: depositId, operationType: 'deposit', occurredAt: event.occurredAt });
  }
}

@EventsHandler(TopUpCompleted, TopUpDeclined, TopUpReversed)
export class NotifyCustomerOnTopUpChanged implements IEventHandler<TopUpEvent> {
  constructor(private readonly stream: CustomerEventStream) {}

  handle(event: TopUpEvent): void {
    const { topUpId, customerId } = event.payload;
    this.stream.push([customerId], { kind: 'operation', event: event.eventType, operationId: topUpId, operationType: 'topup', occurredAt: event.occurredAt });
  }
}

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

@EventsHandler(WithdrawalCompleted, WithdrawalReleased, WithdrawalCreditedBack)
export class NotifyCustomerOnWithdrawalChanged implements IEventHandler<WithdrawalEvent> {
  constructor(private readonly stream: CustomerEventStream) {}

  handle(event: WithdrawalEvent): void {
    const { withdrawalId, customerId } = event.payload;
    this.stream.push([customerId], { kind: 'operation', event: event.eventType, operationId: withdrawalId, operationType: 'withdrawal', occurredAt: event.occurredAt });
  }
}

@EventsHandler(KycApproved, KycRejected)
export class NotifyCustomerOnKycDecided implements IEventHandler<KycApproved | KycRejected> {
  constructor(private readonly stream: CustomerEventStream) {}

  handle(event: KycApproved | KycRejected): void {
    this.stream.push([event.payload.customerId], { kind: 'kyc', event: event.eventType, occurredAt: event.occurredAt });
  }
}
