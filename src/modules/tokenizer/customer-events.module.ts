import { Module } from '@nestjs/common';
import { CustomerEventsController } from './api/customer-events.controller.js';
import { CustomerEventStream } from './application/customer-events/customer-event-stream.js';
import { NotifyCustomerOnDepositChanged } from './application/event-handlers/notify-customer-on-deposit-changed.handler.js';
import { NotifyCustomerOnKycDecided } from './application/event-handlers/notify-customer-on-kyc-decided.handler.js';
import { NotifyCustomerOnTopUpChanged } from './application/event-handlers/notify-customer-on-top-up-changed.handler.js';
import { NotifyCustomerOnWithdrawalChanged } from './application/event-handlers/notify-customer-on-withdrawal-changed.handler.js';
import { NotifyCustomersOnTransferChanged } from './application/event-handlers/notify-customers-on-transfer-changed.handler.js';

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
