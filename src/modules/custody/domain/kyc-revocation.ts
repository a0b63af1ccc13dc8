import { hexToBigInt, keccak256, toBytes } from 'viem';

/**
 * Compliance revokes a customer's KYC: requested (recorded; the wallet is `kyc_revoked` at once, so
 * the platform accepts nothing more from or to it) -> refreshing (the claim is revoked on chain,
 * which unverifies every wallet at once; the other verified wallets, listed when the revocation is
 * mined, are re-verified by `refreshBatch` transactions) -> completed (every other wallet verified
 * again); or failed (a transaction reverted: the error says which).
 */
export type KycRevocationStatus = 'requested' | 'refreshing' | 'completed' | 'failed';
export const KYC_REVOCATION_STATUSES: readonly KycRevocationStatus[] = ['requested', 'refreshing', 'completed', 'failed'];

export interface KycRevocationView {
  customerId: string;
  walletAddress: `0x${string}`;
  status: KycRevocationStatus;
  /** How many other wallets the refresh re-verifies (known from `refreshing` on). */
  refreshedWallets?: number;
  reason?: string;
  requestedBy: string;
  error?: string;
  createdAt: string;
  updatedAt: string;
}

/** The nonce of the customer's KYC claim (signed at onboarding; the one to revoke). */
export const kycClaimNonceOf = (customerId: string) => hexToBigInt(keccak256(toBytes(`eurt-kyc-claim:${customerId}:1`)));

export const revocationKeyOf = (customerId: string) => `kyc-revocation:${customerId}:claim`;
export const invalidationKeyOf = (customerId: string) => `kyc-revocation:${customerId}:invalidate`;
export const refreshKeyOf = (customerId: string, batch: number) => `kyc-revocation:${customerId}:refresh:${batch}`;
/** The customer whose revocation a chain transaction belongs to. */
export const revocationOfKey = (key: string) => /^kyc-revocation:([^:]+):/.exec(key)?.[1];
