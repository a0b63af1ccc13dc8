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
    const application = applicationId ? await this.applications.get(applicationId) : undefined;
    if (application?.status !== 'approved') return undefined;
    const data = await this.applications.personalData(application.id);
    return data ? countryNumericOf(data.nationality) : undefined;
  }
}
