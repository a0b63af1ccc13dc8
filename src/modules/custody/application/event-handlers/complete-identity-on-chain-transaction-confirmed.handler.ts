import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionConfirmed } from '../../../chain/index.js';
import { IdentityOnboarding, customerIdOfIdentityKey } from '../identity-onboarding.js';

@EventsHandler(ChainTransactionConfirmed)
export class CompleteIdentityOnChainTransactionConfirmed implements IEventHandler<ChainTransactionConfirmed> {
  constructor(private readonly onboarding: IdentityOnboarding) {}
  async handle({ payload }: ChainTransactionConfirmed): Promise<void> {
    const customerId = customerIdOfIdentityKey(payload.key);
    if (customerId) await this.onboarding.complete(customerId);
  }
}
