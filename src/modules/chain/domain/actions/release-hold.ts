import type { Address, Hex } from 'viem';
import { type ChainAction, tokenAction } from './chain-action.js';

/** Releases `holder`'s hold `holdId` (hold ids are per holder): its amount is spendable by the holder again. */
export const releaseHold = (holder: Address, holdId: Hex): ChainAction => tokenAction('releaseHold', [holder, holdId]);
