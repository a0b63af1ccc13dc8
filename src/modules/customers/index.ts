export { CustomerRegistered } from './domain/events/customer-registered.event.js';
export { KycApproved, KycRejected, KycSubmitted, type KycEventPayload } from './domain/events/kyc.events.js';
export { BankAccountLinked, BankAccountRemoved, type BankAccountEventPayload } from './domain/events/bank-account.events.js';
export {
  FindCustomerByContactQuery,
  FindCustomerByDepositReferenceQuery,
  GetBankAccountQuery,
  GetCustomerQuery,
  GetKycStateQuery,
  GetVerifiedCountryQuery,
  ListBankAccountsQuery,
  type PayoutBankAccount,
} from './application/queries/customer.queries.js';
export { type CustomerWallet, GetCustomerWalletQuery } from './application/queries/get-customer-wallet.query.js';
export type { BankAccount } from './domain/bank-account.js';
export type { Customer, KycStatus } from './domain/customer.js';
export { maskEmail, maskName, maskPhone } from './domain/masking.js';
// Last: the module pulls in handlers that import other modules' index files, which import this one (events first keeps that cycle safe).
export { CustomersModule } from './customers.module.js';
