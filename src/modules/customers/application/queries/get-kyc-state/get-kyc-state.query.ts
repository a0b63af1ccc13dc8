import { Query } from '@nestjs/cqrs';
import type { KycStatus } from '../../../domain/customer.js';

export interface KycState {
  kycStatus: KycStatus;
  applicationId?: string;
  rejectionReason?: string;
}

export class GetKycStateQuery extends Query<KycState | undefined> {
  constructor(readonly customerId: string) {
    super();
  }
}
