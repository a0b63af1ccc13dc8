export { BankModule } from './bank.module.js';
export { BankCreditReceived, type BankCreditReceivedPayload } from './domain/events/bank-credit-received.event.js';
export { PayoutReturned, PayoutSent, PayoutSettled, type PayoutPayload } from './domain/events/payout.events.js';
export { SendPayoutCommand } from './application/commands/send-payout/send-payout.command.js';
export { GetOmnibusAccountQuery } from './application/queries/get-omnibus-account/get-omnibus-account.query.js';
export { GetPayoutQuery } from './application/queries/get-payout/get-payout.query.js';
export type { Payout, PayoutCreditor, PayoutStatus } from './domain/payout.js';
export type { OmnibusAccount } from './ports/bank.port.js';
export { SandboxBankModule } from './infrastructure/sandbox/sandbox-bank.module.js';
