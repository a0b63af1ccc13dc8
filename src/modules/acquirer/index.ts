export { AcquirerModule } from './acquirer.module.js';
export { CreateCardPaymentCommand } from './application/commands/create-card-payment/create-card-payment.command.js';
export { RefundCardPaymentCommand } from './application/commands/refund-card-payment/refund-card-payment.command.js';
export { GetAcquirerBalanceQuery } from './application/queries/get-acquirer-balance/get-acquirer-balance.query.js';
export { GetCardPaymentQuery } from './application/queries/get-card-payment/get-card-payment.query.js';
export { CardPaymentUpdated } from './domain/events/card-payment-updated.event.js';
export type { CardPayment, CardPaymentStatus } from './ports/acquirer.port.js';
export { SandboxAcquirerModule } from './infrastructure/sandbox/sandbox-acquirer.module.js';
