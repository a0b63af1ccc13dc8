import { Query } from '@nestjs/cqrs';
import type { Customer } from '../../../domain/customer.js';

export class GetCustomerQuery extends Query<Customer | undefined> {
  constructor(readonly customerId: string) {
    super();
  }
}
