import { Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { ProvisionWalletHandler } from './application/commands/provision-wallet.handler.js';
import { SignTypedDataHandler } from './application/commands/sign-typed-data.handler.js';
import {
  CompleteIdentityOnChainTransactionConfirmed,
  OnboardIdentityOnWalletCreated,
  ReportIdentityOnChainTransactionFailed,
} from './application/event-handlers/identity.event-handlers.js';
import { ProvisionWalletOnCustomerRegistered } from './application/event-handlers/provision-wallet-on-customer-registered.handler.js';
import { IdentityOnboarding } from './application/identity-onboarding.js';
import { FindWalletByAddressHandler, GetWalletHandler } from './application/queries/get-wallet.handler.js';
import { WalletRepository } from './infrastructure/wallet.repository.js';

/** Customer keys (generated, encrypted at rest, never returned), signing, and on-chain identity. */
@Module({
  providers: [
    WalletRepository,
    IdentityOnboarding,
    ProvisionWalletHandler,
    SignTypedDataHandler,
    GetWalletHandler,
    FindWalletByAddressHandler,
    ProvisionWalletOnCustomerRegistered,
    OnboardIdentityOnWalletCreated,
    CompleteIdentityOnChainTransactionConfirmed,
    ReportIdentityOnChainTransactionFailed,
  ],
})
export class CustodyModule implements OnApplicationBootstrap {
  constructor(@Inject(IdentityOnboarding) private readonly onboarding: IdentityOnboarding) {}

  onApplicationBootstrap(): void {
    void this.onboarding.resumeAll().catch(() => undefined);
  }
}
