import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { WalletCreated } from '../../domain/events/wallet.events.js';
import { IdentityOnboarding } from '../identity-onboarding.js';

@EventsHandler(WalletCreated)
export class OnboardIdentityOnWalletCreated implements IEventHandler<WalletCreated> {
  constructor(private readonly onboarding: IdentityOnboarding) {}
  handle(event: WalletCreated): Promise<void> {
    return this.onboarding.start(event.payload.customerId);
  }
}
