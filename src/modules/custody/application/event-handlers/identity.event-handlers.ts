import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionConfirmed, ChainTransactionFailed } from '../../../chain/index.js';
import { WalletCreated } from '../../domain/events/wallet.events.js';
import { recoveryIdOfKey } from '../../domain/wallet-recovery.js';
import { IdentityOnboarding, customerIdOfIdentityKey } from '../identity-onboarding.js';
import { WalletRecoveryProcessor } from '../processors/wallet-recovery.processor.js';

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
export class FailIdentityOnChainTransactionFailed implements IEventHandler<ChainTransactionFailed> {
  constructor(private readonly onboarding: IdentityOnboarding) {}
  async handle({ payload }: ChainTransactionFailed): Promise<void> {
    const customerId = customerIdOfIdentityKey(payload.key);
    if (customerId) await this.onboarding.failed(customerId, payload.revert?.name ?? payload.reason, payload.key);
  }
}

@EventsHandler(ChainTransactionConfirmed)
export class CompleteWalletRecoveryOnChainTransactionConfirmed implements IEventHandler<ChainTransactionConfirmed> {
  constructor(private readonly recoveries: WalletRecoveryProcessor) {}
  async handle({ payload }: ChainTransactionConfirmed): Promise<void> {
    const recoveryId = recoveryIdOfKey(payload.key);
    if (recoveryId) await this.recoveries.complete(recoveryId);
  }
}

@EventsHandler(ChainTransactionFailed)
export class FailWalletRecoveryOnChainTransactionFailed implements IEventHandler<ChainTransactionFailed> {
  constructor(private readonly recoveries: WalletRecoveryProcessor) {}
  async handle({ payload }: ChainTransactionFailed): Promise<void> {
    const recoveryId = recoveryIdOfKey(payload.key);
    if (recoveryId) await this.recoveries.fail(recoveryId, payload.revert?.name ?? payload.reason);
  }
}
