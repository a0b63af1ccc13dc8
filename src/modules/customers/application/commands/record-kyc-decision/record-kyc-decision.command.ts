import { Command } from '@nestjs/cqrs';
import type { KycDecision } from '../../../domain/kyc.js';

/** A decision the KYC provider reported; `deliveryId` is the webhook's id, seen at most once. */
export class RecordKycDecisionCommand extends Command<'recorded' | 'already-decided'> {
  constructor(readonly delivery: { deliveryId: string; applicationId: string; decision: KycDecision }) {
    super();
  }
}
