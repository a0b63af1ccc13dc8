import { Query } from '@nestjs/cqrs';
import type { CustomerPage } from '../../../infrastructure/persistence/customer.repository.js';

export type { CustomerPage };

export class ListCustomersQuery extends Query<CustomerPage> {
  constructor(
    readonly limit: number,
    readonly cursor?: string,
  ) {
    super();
  }
}
