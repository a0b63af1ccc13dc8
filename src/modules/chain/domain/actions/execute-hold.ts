import type { Hex } from 'viem';
import { type ChainAction, tokenAction } from './chain-action.js';

/** Executes a hold: its amount goes to the payee (the zero address: burned). */
export const executeHold = (holdId: Hex): ChainAction => tokenAction('executeHold', [holdId]);
