import { type Address, type Hex, decodeFunctionData } from 'viem';
import { identityRegistryAbi } from '../../contracts/generated/index.js';
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

/**
 * Deploys the wallet's identity, adds its KYC claim and registers it, in one registry call. It joins
 * a batch: the onboardings pending together leave in one `onboardBatch` (see onboardBatch below).
 */
export const onboard = ({ wallet, manager, salt, country, claim }: OnboardParameters): ChainAction => ({
  ...registryAction('onboard', [wallet, manager, salt, country, claim.issuer, claim.signature, claim.data]),
  batch: 'onboard',
});

/**
 * Several onboardings in one registry call, all or nothing on chain, from the calldata of their own
 * `onboard` calls (the records of the batch's members); one alone is sent as it is.
 */
export function onboardBatch(onboardCalls: readonly Hex[]): Hex {
  if (onboardCalls.length === 1) return onboardCalls[0];
  const inputs = onboardCalls.map((data) => {
    const decoded = decodeFunctionData({ abi: identityRegistryAbi, data });
    if (decoded.functionName !== 'onboard') throw new Error(`not an onboard call: ${decoded.functionName}`);
    const [wallet, managementKey, salt, country, issuer, signature, claimData] = decoded.args;
    return { wallet, managementKey, salt, country, issuer, signature, data: claimData };
  });
  return registryAction('onboardBatch', [inputs]).data;
}
