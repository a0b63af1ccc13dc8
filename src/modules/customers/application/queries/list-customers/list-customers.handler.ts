import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CustomerRepository } from '../../../infrastructure/persistence/customer.repository.js';
import { type CustomerPage, ListCustomersQuery } from './list-customers.query.js';

@QueryHandler(ListCustomersQuery)
export class ListCustomersHandler implements IQueryHandler<ListCustomersQuery> {
  constructor(private readonly customers: CustomerRepository) {}
  execute({ limit, cursor }: ListCustomersQuery): Promise<CustomerPage> {
    return this.customers.list(limit, cursor);
  }
}
