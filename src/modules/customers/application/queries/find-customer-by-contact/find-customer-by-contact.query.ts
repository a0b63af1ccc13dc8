import { Query } from '@nestjs/cqrs';

export class FindCustomerByContactQuery extends Query<string | undefined> {
  constructor(readonly contact: { email: string } | { phone: string }) {
    super();
  }
}
