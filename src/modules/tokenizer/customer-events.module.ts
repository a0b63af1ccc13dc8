import { Module } from '@nestjs/common';
import { CustomerEventsController } from './api/customer-events.controller.js';
import { CustomerEventStream } from './application/customer-events/customer-event-stream.js';
import {
  NotifyCustomerOnDepositChanged,
  NotifyCustomerOnKycDecided,
  NotifyCustomerOnTopUpChanged,
  NotifyCustomerOnWithdrawalChanged,
  NotifyCustomersOnTransferChanged,
} from './application/event-handlers/customer-update.event-handlers.js';

/** The customer's live updates (server-sent events at `GET /v1/me/events`), part of the tokenizer: it owns operations and balances. */
@Module({
  controllers: [CustomerEventsController],
  providers: [
    CustomerEventStream,
    NotifyCustomerOnDepositChanged,
    NotifyCustomerOnTopUpChanged,
    NotifyCustomersOnTransferChanged,
    NotifyCustomerOnWithdrawalChanged,
    NotifyCustomerOnKycDecided,
  ],
})
export class CustomerEventsModule {}
