import type { Address, Hex } from 'viem';
import { type ChainAction, tokenAction } from './chain-action.js';

/** Executes `holder`'s hold `holdId` (hold ids are per holder): its amount goes to the payee (the zero address: burned). */
export const executeHold = (holder: Address, holdId: Hex): ChainAction => tokenAction('executeHold', [holder, holdId]);
