import { claimIssuerAction } from './chain-action.js';
import type { ChainAction } from './chain-action.js';

/**
 * Revokes an identity's KYC claim (claim nonces are per identity) at the platform's claim issuer (its management key, the registrar). The
 * issuer invalidates the registry's eligibility at once: every wallet is unverified until
 * `refreshEligibility` re-verifies it; the revoked one stays unverified.
 */
export const revokeClaim = (identity: `0x${string}`, nonce: bigint): ChainAction => claimIssuerAction('revokeClaim', [identity, nonce]);
