export { CustomersModule } from './customers.module.js';
export { CustomerRegistered } from './domain/events/customer-registered.event.js';
export { FindCustomerByContactQuery, FindCustomerByDepositReferenceQuery, GetCustomerQuery } from './application/queries/customer.queries.js';
export type { Customer, KycStatus } from './domain/customer.js';
