import { Query } from '@nestjs/cqrs';

/**
 * The ISO 3166-1 numeric code of an approved customer's nationality, as the identity registry
 * records it; undefined until the KYC is approved.
 */
export class GetVerifiedCountryQuery extends Query<number | undefined> {
  constructor(readonly customerId: string) {
    super();
  }
}
