export { AcquirerModule } from './acquirer.module.js';
export { CreateCardPaymentCommand, RefundCardPaymentCommand } from './application/commands/card-payment.commands.js';
export { GetAcquirerBalanceQuery, GetCardPaymentQuery } from './application/queries/card-payment.queries.js';
export { CardPaymentUpdated } from './domain/events/card-payment-updated.event.js';
export type { CardPayment, CardPaymentStatus } from './ports/acquirer.port.js';
