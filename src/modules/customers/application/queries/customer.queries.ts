import { Query } from '@nestjs/cqrs';
import type { Customer } from '../../domain/customer.js';

export class GetCustomerQuery extends Query<Customer | undefined> {
  constructor(readonly customerId: string) {
    super();
  }
}

/** Matches an incoming credit's remittance reference to the customer it belongs to. */
export class FindCustomerByDepositReferenceQuery extends Query<string | undefined> {
  constructor(readonly reference: string) {
    super();
  }
}

export class FindCustomerByContactQuery extends Query<string | undefined> {
  constructor(readonly contact: { email: string } | { phone: string }) {
    super();
  }
}
