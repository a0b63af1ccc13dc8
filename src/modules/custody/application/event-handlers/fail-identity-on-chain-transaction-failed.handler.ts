import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionFailed } from '../../../chain/index.js';
import { IdentityOnboarding, customerIdOfIdentityKey } from '../identity-onboarding.js';

@EventsHandler(ChainTransactionFailed)
export class FailIdentityOnChainTransactionFailed implements IEventHandler<ChainTransactionFailed> {
  constructor(private readonly onboarding: IdentityOnboarding) {}
  async handle({ payload }: ChainTransactionFailed): Promise<void> {
    const customerId = customerIdOfIdentityKey(payload.key);
    if (customerId) await this.onboarding.failed(customerId, payload.revert?.name ?? payload.reason, payload.key);
  }
}
