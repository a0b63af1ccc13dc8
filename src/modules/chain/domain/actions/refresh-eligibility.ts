import type { Address } from 'viem';
import { registryAction } from './chain-action.js';
import type { ChainAction } from './chain-action.js';

/** How many wallets one `refreshBatch` carries (gas: about 30k each). */
export const REFRESH_BATCH_SIZE = 100;

/** Re-verifies wallets against their current claims after an eligibility invalidation (a revocation). */
export const refreshEligibility = (wallets: readonly Address[]): ChainAction => registryAction('refreshBatch', [wallets]);

/**
 * Unverifies every wallet at once (a new eligibility epoch). The claim issuer asks for it itself on a
 * revocation, but inside a try/catch: a gas estimate that lets that inner call run out of gas still
 * succeeds, so the platform sends it explicitly after each revocation.
 */
export const invalidateEligibility = (): ChainAction => registryAction('invalidateEligibility', []);
