import { Inject, Module, OnApplicationBootstrap } from '@nestjs/common';
import { AdminWalletRecoveryController } from './api/admin-wallet-recovery.controller.js';
import { AdminKycRevocationController } from './api/admin-kyc-revocation.controller.js';
import { AdvanceKycRevocationOnChainOutcome } from './application/event-handlers/advance-kyc-revocation-on-chain-outcome.handler.js';
import { KycRevocationProcessor } from './application/processors/kyc-revocation.processor.js';
import { KycRevocationRepository } from './infrastructure/persistence/kyc-revocation.repository.js';
import { ProvisionWalletHandler } from './application/commands/provision-wallet/provision-wallet.handler.js';
import { RequestWalletRecoveryHandler } from './application/commands/request-wallet-recovery/request-wallet-recovery.handler.js';
import { GetWalletRecoveryHandler } from './application/queries/get-wallet-recovery.handler.js';
import { SignTypedDataHandler } from './application/commands/sign-typed-data/sign-typed-data.handler.js';
import { OnboardIdentityOnWalletCreated } from './application/event-handlers/onboard-identity-on-wallet-created.handler.js';
import { CompleteIdentityOnChainTransactionConfirmed } from './application/event-handlers/complete-identity-on-chain-transaction-confirmed.handler.js';
import { FailIdentityOnChainTransactionFailed } from './application/event-handlers/fail-identity-on-chain-transaction-failed.handler.js';
import { CompleteWalletRecoveryOnChainTransactionConfirmed } from './application/event-handlers/complete-wallet-recovery-on-chain-transaction-confirmed.handler.js';
import { FailWalletRecoveryOnChainTransactionFailed } from './application/event-handlers/fail-wallet-recovery-on-chain-transaction-failed.handler.js';
import { ProvisionWalletOnKycApproved } from './application/event-handlers/provision-wallet-on-kyc-approved.handler.js';
import { IdentityOnboarding } from './application/identity-onboarding.js';
import { AdminIdentityController } from './api/admin-identity.controller.js';
import { WalletRecoveryActions } from './application/wallet-recovery.actions.js';
import { WalletRecoveryProcessor } from './application/processors/wallet-recovery.processor.js';
import { GetCustomerWalletHandler } from './application/queries/get-customer-wallet.handler.js';
import { FindWalletByAddressHandler, GetWalletHandler } from './application/queries/get-wallet.handler.js';
import { WalletRecoveryRepository } from './infrastructure/persistence/wallet-recovery.repository.js';
import { WalletRepository } from './infrastructure/persistence/wallet.repository.js';

/** Customer keys (generated, encrypted at rest, never returned), signing, on-chain identity, wallet recovery and KYC revocation. */
@Module({
  controllers: [AdminWalletRecoveryController, AdminIdentityController, AdminKycRevocationController],
  providers: [
    WalletRepository,
    WalletRecoveryRepository,
    IdentityOnboarding,
    WalletRecoveryProcessor,
    WalletRecoveryActions,
    ProvisionWalletHandler,
    SignTypedDataHandler,
    RequestWalletRecoveryHandler,
    GetWalletRecoveryHandler,
    GetWalletHandler,
    FindWalletByAddressHandler,
    GetCustomerWalletHandler,
    ProvisionWalletOnKycApproved,
    OnboardIdentityOnWalletCreated,
    CompleteIdentityOnChainTransactionConfirmed,
    FailIdentityOnChainTransactionFailed,
    CompleteWalletRecoveryOnChainTransactionConfirmed,
    FailWalletRecoveryOnChainTransactionFailed,
    KycRevocationRepository,
    KycRevocationProcessor,
    AdvanceKycRevocationOnChainOutcome,
  ],
})
export class CustodyModule implements OnApplicationBootstrap {
  constructor(
    @Inject(IdentityOnboarding) private readonly onboarding: IdentityOnboarding,
    @Inject(WalletRecoveryProcessor) private readonly recoveries: WalletRecoveryProcessor,
    @Inject(KycRevocationProcessor) private readonly revocations: KycRevocationProcessor,
  ) {}

  /** Re-drives what a previous run left half done; each is idempotent. */
  onApplicationBootstrap(): void {
    void this.onboarding.resumeAll().catch(() => undefined);
    void this.recoveries.resumeAll().catch(() => undefined);
    void this.revocations.resumeAll().catch(() => undefined);
  }
}
