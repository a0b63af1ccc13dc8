import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { normalizeEmail, normalizePhone } from '../../../domain/customer.js';
import { CustomerRepository } from '../../../infrastructure/persistence/customer.repository.js';
import { FindCustomerByContactQuery } from './find-customer-by-contact.query.js';

@QueryHandler(FindCustomerByContactQuery)
export class FindCustomerByContactHandler implements IQueryHandler<FindCustomerByContactQuery> {
  constructor(private readonly customers: CustomerRepository) {}
  execute({ contact }: FindCustomerByContactQuery): Promise<string | undefined> {
    return 'email' in contact
      ? this.customers.findIdByEmail(normalizeEmail(contact.email))
      : this.customers.findIdByPhone(normalizePhone(contact.phone));
  }
}
