import { Query } from '@nestjs/cqrs';

/** Matches an incoming credit's remittance reference to the customer it belongs to. */
export class FindCustomerByDepositReferenceQuery extends Query<string | undefined> {
  constructor(readonly reference: string) {
    super();
  }
}
