import { type ChainAction, tokenAction } from './chain-action.js';
import type { MintParameters } from './mint.js';

/** Several mints in one transaction: all or nothing on chain. */
export const batchMint = (mints: readonly MintParameters[]): ChainAction =>
  tokenAction('batchMint', [mints.map((entry) => entry.to), mints.map((entry) => entry.amount)]);
