import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { countryNumericOf } from '../../../domain/kyc.js';
import { CustomerRepository } from '../../../infrastructure/persistence/customer.repository.js';
import { KycRepository } from '../../../infrastructure/persistence/kyc.repository.js';
import { GetVerifiedCountryQuery } from './get-verified-country.query.js';

@QueryHandler(GetVerifiedCountryQuery)
export class GetVerifiedCountryHandler implements IQueryHandler<GetVerifiedCountryQuery> {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly applications: KycRepository,
  ) {}
  async execute({ customerId }: GetVerifiedCountryQuery): Promise<number | undefined> {
    const applicationId = await this.customers.kycApplicationIdOf(customerId);
    const found = applicationId ? await this.applications.getWithPersonalData(applicationId) : undefined;
    if (found?.application.status !== 'approved') return undefined;
    return countryNumericOf(found.personalData().nationality);
  }
}
