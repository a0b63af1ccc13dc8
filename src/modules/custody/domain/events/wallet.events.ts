import { DomainEvent, EventType } from '../../../../shared/events/index.js';

@EventType('custody.wallet-created')
export class WalletCreated extends DomainEvent<{ customerId: string; address: string }> {}

@EventType('custody.identity-registered')
export class IdentityRegistered extends DomainEvent<{ customerId: string; address: string; identityAddress: string }> {}

@EventType('custody.identity-onboarding-failed')
export class IdentityOnboardingFailed extends DomainEvent<{ customerId: string; address: string; reason: string }> {}

/** An operator sent a failed onboarding again (attempt n, from 2). */
@EventType('custody.identity-onboarding-retried')
export class IdentityOnboardingRetried extends DomainEvent<{ customerId: string; address: string; attempt: number }> {}

export interface WalletRecoveryPayload {
  recoveryId: string;
  customerId: string;
  lostAddress: string;
  newAddress: string;
}

@EventType('custody.wallet-recovery-requested')
export class WalletRecoveryRequested extends DomainEvent<WalletRecoveryPayload & { requestedBy: string }> {}

/** The customer's balance and identity now sit on `newAddress`; the old key signs nothing any more. */
@EventType('custody.wallet-recovered')
export class WalletRecovered extends DomainEvent<WalletRecoveryPayload> {}

@EventType('custody.wallet-recovery-failed')
export class WalletRecoveryFailed extends DomainEvent<WalletRecoveryPayload & { reason: string }> {}
