import type { Address, Hex } from 'viem';
import { type ChainAction, registryAction } from './chain-action.js';

export interface OnboardParameters {
  wallet: Address;
  /** The identity's management key. */
  manager: Address;
  salt: Hex;
  /** ISO 3166-1 numeric. */
  country: number;
  /** The KYC claim SignKycClaimCommand returns. */
  claim: { issuer: Address; signature: Hex; data: Hex };
}

/** Deploys the wallet's identity, adds its KYC claim and registers it, in one registry call. */
export const onboard = ({ wallet, manager, salt, country, claim }: OnboardParameters): ChainAction =>
  registryAction('onboard', [wallet, manager, salt, country, claim.issuer, claim.signature, claim.data]);
