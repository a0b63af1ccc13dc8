import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { CustomerRepository } from '../../../infrastructure/persistence/customer.repository.js';
import { KycRepository } from '../../../infrastructure/persistence/kyc.repository.js';
import { GetKycStateQuery, type KycState } from './get-kyc-state.query.js';

@QueryHandler(GetKycStateQuery)
export class GetKycStateHandler implements IQueryHandler<GetKycStateQuery> {
  constructor(
    private readonly customers: CustomerRepository,
    private readonly applications: KycRepository,
  ) {}
  async execute({ customerId }: GetKycStateQuery): Promise<KycState | undefined> {
    const customer = await this.customers.findById(customerId);
    if (!customer) return undefined;
    const applicationId = await this.customers.kycApplicationIdOf(customerId);
    const application = applicationId ? await this.applications.get(applicationId) : undefined;
    return {
      kycStatus: customer.kycStatus,
      ...(applicationId ? { applicationId } : {}),
      ...(application?.rejectionReason ? { rejectionReason: application.rejectionReason } : {}),
    };
  }
}
