import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { kycApplicationNotFound, webhookReplayed } from '../../../domain/customer.errors.js';
import { KycApproved, KycRejected } from '../../../domain/events/kyc.events.js';
import { KycRepository } from '../../../infrastructure/persistence/kyc.repository.js';
import { RecordKycDecisionCommand } from './record-kyc-decision.command.js';

@CommandHandler(RecordKycDecisionCommand)
export class RecordKycDecisionHandler implements ICommandHandler<RecordKycDecisionCommand> {
  constructor(private readonly applications: KycRepository) {}

  async execute({ delivery }: RecordKycDecisionCommand): Promise<'recorded' | 'already-decided'> {
    const application = await this.applications.get(delivery.applicationId);
    if (!application) throw kycApplicationNotFound();
    const payload = { customerId: application.customerId, applicationId: application.id };
    const event =
      delivery.decision.outcome === 'approved'
        ? new KycApproved(application.customerId, payload)
        : new KycRejected(application.customerId, { ...payload, reason: delivery.decision.reason });
    const outcome = await this.applications.decide(application, delivery.decision, delivery.deliveryId, [event]);
    if (outcome === 'replayed') throw webhookReplayed();
    return outcome;
  }
}
