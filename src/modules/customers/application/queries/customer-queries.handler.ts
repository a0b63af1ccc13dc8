import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { validate as isValidCreditorReference } from 'node-iso11649';
import type { Customer } from '../../domain/customer.js';
import { normalizeEmail, normalizePhone } from '../../domain/customer.js';
import { CustomerRepository } from '../../infrastructure/customer.repository.js';
import { FindCustomerByContactQuery, FindCustomerByDepositReferenceQuery, GetCustomerQuery } from './customer.queries.js';

@QueryHandler(GetCustomerQuery)
export class GetCustomerHandler implements IQueryHandler<GetCustomerQuery> {
  constructor(private readonly customers: CustomerRepository) {}
  execute({ customerId }: GetCustomerQuery): Promise<Customer | undefined> {
    return this.customers.findById(customerId);
  }
}

@QueryHandler(FindCustomerByDepositReferenceQuery)
export class FindCustomerByDepositReferenceHandler implements IQueryHandler<FindCustomerByDepositReferenceQuery> {
  constructor(private readonly customers: CustomerRepository) {}
  async execute({ reference }: FindCustomerByDepositReferenceQuery): Promise<string | undefined> {
    // Payers type references with spaces and in lower case; the check digits reject typos.
    const normalized = reference.replace(/\s+/g, '').toUpperCase();
    if (!isValidCreditorReference(normalized)) return undefined;
    return this.customers.findIdByDepositReference(normalized);
  }
}

@QueryHandler(FindCustomerByContactQuery)
export class FindCustomerByContactHandler implements IQueryHandler<FindCustomerByContactQuery> {
  constructor(private readonly customers: CustomerRepository) {}
  execute({ contact }: FindCustomerByContactQuery): Promise<string | undefined> {
    return 'email' in contact
      ? this.customers.findIdByEmail(normalizeEmail(contact.email))
      : this.customers.findIdByPhone(normalizePhone(contact.phone));
  }
}
