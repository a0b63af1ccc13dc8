import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionConfirmed, ChainTransactionFailed } from '../../../chain/index.js';
import { revocationOfKey } from '../../domain/kyc-revocation.js';
import { KycRevocationProcessor } from '../processors/kyc-revocation.processor.js';

/** A revocation's or a refresh's outcome is known: the revocation takes its next step (or fails). */
@EventsHandler(ChainTransactionConfirmed, ChainTransactionFailed)
export class AdvanceKycRevocationOnChainOutcome implements IEventHandler<ChainTransactionConfirmed | ChainTransactionFailed> {
  constructor(private readonly revocations: KycRevocationProcessor) {}
  async handle({ payload }: ChainTransactionConfirmed | ChainTransactionFailed): Promise<void> {
    const customerId = revocationOfKey(payload.key);
    if (customerId) await this.revocations.advance(customerId);
  }
}
