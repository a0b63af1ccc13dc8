import type { Address } from 'viem';
import { type ChainAction, tokenAction } from './chain-action.js';

export interface MintParameters {
  to: Address;
  /** Cents. */
  amount: bigint;
}

/** Mints to one account; the token requires a fresh reserve attestation covering the supply. */
export const mint = ({ to, amount }: MintParameters): ChainAction => tokenAction('mint', [to, amount]);
