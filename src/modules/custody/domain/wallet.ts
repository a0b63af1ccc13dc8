/**
 * A customer's custodial wallet, created once the KYC is approved: created (key generated and
 * stored encrypted) -> identity_pending (identity predicted, `registry.onboard` sent on chain:
 * it deploys the identity through the factory, stores the signed KYC claim and registers the
 * wallet, atomically) -> registered (verified in the identity registry, can hold EURT); or
 * identity_failed (the onboarding transaction reverted: an operator looks at it). registered ->
 * kyc_revoked (compliance revoked the customer's KYC: the claim is revoked on chain; no transfer,
 * deposit or withdrawal is accepted any more).
 */
export type WalletStatus = 'created' | 'identity_pending' | 'registered' | 'identity_failed' | 'kyc_revoked';
export const WALLET_STATUSES: readonly WalletStatus[] = ['created', 'identity_pending', 'registered', 'identity_failed', 'kyc_revoked'];

export interface WalletView {
  customerId: string;
  address: `0x${string}`;
  status: WalletStatus;
  identityAddress?: `0x${string}`;
  /** Which onboarding transaction is the current one (1 unless an operator retried a failed one). */
  onboardingAttempt?: number;
  /** An open wallet recovery; the wallet moves to a new key when it completes. */
  recoveryId?: string;
}
