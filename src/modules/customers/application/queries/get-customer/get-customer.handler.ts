import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Customer } from '../../../domain/customer.js';
import { CustomerRepository } from '../../../infrastructure/persistence/customer.repository.js';
import { GetCustomerQuery } from './get-customer.query.js';

@QueryHandler(GetCustomerQuery)
export class GetCustomerHandler implements IQueryHandler<GetCustomerQuery> {
  constructor(private readonly customers: CustomerRepository) {}
  execute({ customerId }: GetCustomerQuery): Promise<Customer | undefined> {
    return this.customers.findById(customerId);
  }
}
