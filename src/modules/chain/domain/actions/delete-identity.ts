import type { Address } from 'viem';
import { type ChainAction, registryAction } from './chain-action.js';

/** Removes a wallet from the identity registry (a revoked KYC): it can no longer send nor receive. */
export const deleteIdentity = (wallet: Address): ChainAction => registryAction('deleteIdentity', [wallet]);
