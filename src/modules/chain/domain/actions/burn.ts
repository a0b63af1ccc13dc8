import type { Address } from 'viem';
import { type ChainAction, tokenAction } from './chain-action.js';

export interface BurnParameters {
  from: Address;
  /** Cents. */
  amount: bigint;
}

/** Burns from an account's spendable balance (a reversed top-up). */
export const burn = ({ from, amount }: BurnParameters): ChainAction => tokenAction('burn', [from, amount]);
