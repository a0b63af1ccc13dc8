import { type ChainAction, tokenAction } from './chain-action.js';
import type { MintParameters } from './mint.js';

/** Several mints in one transaction, all or nothing on chain (the token's atomic variant: every member of a mined batch is confirmed). */
export const batchMint = (mints: readonly MintParameters[]): ChainAction =>
  tokenAction('batchMintAtomic', [mints.map((entry) => entry.to), mints.map((entry) => entry.amount)]);
