export { CustomerRegistered } from './domain/events/customer-registered.event.js';
export { KycApproved, KycRejected, KycSubmitted, type KycEventPayload } from './domain/events/kyc.events.js';
export { BankAccountLinked, BankAccountRemoved, type BankAccountEventPayload } from './domain/events/bank-account.events.js';
export { FindCustomerByContactQuery } from './application/queries/find-customer-by-contact/find-customer-by-contact.query.js';
export { FindCustomerByDepositReferenceQuery } from './application/queries/find-customer-by-deposit-reference/find-customer-by-deposit-reference.query.js';
export { GetBankAccountQuery, type PayoutBankAccount } from './application/queries/get-bank-account/get-bank-account.query.js';
export { GetCustomerQuery } from './application/queries/get-customer/get-customer.query.js';
export { GetKycStateQuery } from './application/queries/get-kyc-state/get-kyc-state.query.js';
export { GetVerifiedCountryQuery } from './application/queries/get-verified-country/get-verified-country.query.js';
export { ListBankAccountsQuery } from './application/queries/list-bank-accounts/list-bank-accounts.query.js';
export { type CustomerWallet, GetCustomerWalletQuery } from './application/queries/get-customer-wallet/get-customer-wallet.query.js';
export type { BankAccount } from './domain/bank-account.js';
export type { Customer, KycStatus } from './domain/customer.js';
export { maskEmail, maskName, maskPhone } from './domain/masking.js';
// Last: the module pulls in handlers that import other modules' index files, which import this one (events first keeps that cycle safe).
export { CustomersModule } from './customers.module.js';
