import type { Hex } from 'viem';
import { type ChainAction, tokenAction } from './chain-action.js';

/** Releases a hold: its amount is spendable by the holder again. */
export const releaseHold = (holdId: Hex): ChainAction => tokenAction('releaseHold', [holdId]);
