import type { Address } from 'viem';
import { registryAction } from './chain-action.js';
import type { ChainAction } from './chain-action.js';

/** How many wallets one `refreshBatch` carries (gas: about 30k each). */
export const REFRESH_BATCH_SIZE = 100;

/** Re-verifies wallets against their current claims after an eligibility invalidation (a revocation). */
export const refreshEligibility = (wallets: readonly Address[]): ChainAction => registryAction('refreshBatch', [wallets]);
