import { type Address, zeroAddress } from 'viem';
import { type ChainAction, tokenAction } from './chain-action.js';

export interface BurnParameters {
  from: Address;
  /** Cents. */
  amount: bigint;
}

/**
 * Seizes and burns from an account (a reversed top-up): compliance's forced transfer to the zero
 * address, with its ForcedTransfer event; the token burns a customer's tokens no other way.
 */
export const burn = ({ from, amount }: BurnParameters): ChainAction => tokenAction('forcedTransfer', [from, zeroAddress, amount]);
