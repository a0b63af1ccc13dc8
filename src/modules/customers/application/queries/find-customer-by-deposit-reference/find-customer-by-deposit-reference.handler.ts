import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { validate as isValidCreditorReference } from 'node-iso11649';
import { CustomerRepository } from '../../../infrastructure/persistence/customer.repository.js';
import { FindCustomerByDepositReferenceQuery } from './find-customer-by-deposit-reference.query.js';

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
