import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { validate as isValidCreditorReference } from 'node-iso11649';
import { CustomerRepository } from '../../../infrastructure/persistence/customer.repository.js';
import { FindCustomerByDepositReferenceQuery } from './find-customer-by-deposit-reference.query.js';

/** Bounded so a flood of distinct references cannot grow the process. */
const MAX_CACHED = 10_000;

@QueryHandler(FindCustomerByDepositReferenceQuery)
export class FindCustomerByDepositReferenceHandler implements IQueryHandler<FindCustomerByDepositReferenceQuery> {
  /**
   * A deposit reference is claimed once, at sign-up, and never released or moved to another
   * customer, so a reference found once stays true: repeat credits skip the read. Misses are not
   * kept (the customer may sign up a moment later).
   */
  private readonly found = new Map<string, string>();

  constructor(private readonly customers: CustomerRepository) {}

  async execute({ reference }: FindCustomerByDepositReferenceQuery): Promise<string | undefined> {
    // Payers type references with spaces and in lower case; the check digits reject typos.
    const normalized = reference.replace(/\s+/g, '').toUpperCase();
    if (!isValidCreditorReference(normalized)) return undefined;
    const cached = this.found.get(normalized);
    if (cached) return cached;
    const customerId = await this.customers.findIdByDepositReference(normalized);
    if (customerId) {
      if (this.found.size >= MAX_CACHED) this.found.delete(this.found.keys().next().value as string);
      this.found.set(normalized, customerId);
    }
    return customerId;
  }
}
