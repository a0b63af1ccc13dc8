import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionConfirmed, ChainTransactionFailed } from '../../../chain/index.js';
import { WalletCreated } from '../../domain/events/wallet.events.js';
import { IdentityOnboarding, customerIdOfIdentityKey } from '../identity-onboarding.js';

@EventsHandler(WalletCreated)
export class OnboardIdentityOnWalletCreated implements IEventHandler<WalletCreated> {
  constructor(private readonly onboarding: IdentityOnboarding) {}
  handle(event: WalletCreated): Promise<void> {
    return this.onboarding.start(event.payload.customerId);
  }
}

@EventsHandler(ChainTransactionConfirmed)
export class CompleteIdentityOnChainTransactionConfirmed implements IEventHandler<ChainTransactionConfirmed> {
  constructor(private readonly onboarding: IdentityOnboarding) {}
  async handle({ payload }: ChainTransactionConfirmed): Promise<void> {
    const customerId = customerIdOfIdentityKey(payload.key);
    if (customerId) await this.onboarding.complete(customerId);
  }
}

@EventsHandler(ChainTransactionFailed)
export class ReportIdentityOnChainTransactionFailed implements IEventHandler<ChainTransactionFailed> {
  constructor(private readonly onboarding: IdentityOnboarding) {}
  handle({ payload }: ChainTransactionFailed): void {
    const customerId = customerIdOfIdentityKey(payload.key);
    if (customerId) this.onboarding.failed(customerId, payload.reason);
  }
}
