export { BankModule } from './bank.module.js';
export { BankCreditReceived, type BankCreditReceivedPayload } from './domain/events/bank-credit-received.event.js';
export { GetOmnibusAccountQuery } from './application/queries/get-omnibus-account.query.js';
export type { OmnibusAccount } from './ports/bank.port.js';
