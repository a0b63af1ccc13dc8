import { Command } from '@nestjs/cqrs';
import type { KycDecision, KycPersonalData } from '../../domain/kyc.js';

/** Sends the customer's identity data to the KYC provider; the decision arrives later by webhook. */
export class SubmitKycCommand extends Command<{ applicationId: string; kycStatus: 'pending' }> {
  constructor(
    readonly customerId: string,
    readonly personalData: KycPersonalData,
  ) {
    super();
  }
}

/** A decision the KYC provider reported; `deliveryId` is the webhook's id, seen at most once. */
export class RecordKycDecisionCommand extends Command<'recorded' | 'already-decided'> {
  constructor(readonly delivery: { deliveryId: string; applicationId: string; decision: KycDecision }) {
    super();
  }
}
