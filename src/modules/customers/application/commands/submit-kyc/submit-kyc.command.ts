import { Command } from '@nestjs/cqrs';
import type { KycPersonalData } from '../../../domain/kyc.js';

/** Sends the customer's identity data to the KYC provider; the decision arrives later by webhook. */
export class SubmitKycCommand extends Command<{ applicationId: string; kycStatus: 'pending' }> {
  constructor(
    readonly customerId: string,
    readonly personalData: KycPersonalData,
  ) {
    super();
  }
}
