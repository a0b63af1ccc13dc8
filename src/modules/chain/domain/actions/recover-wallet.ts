import type { Address } from 'viem';
import { type ChainAction, tokenAction } from './chain-action.js';

export interface RecoverWalletParameters {
  lostWallet: Address;
  newWallet: Address;
  identity: Address;
}

/** Moves a lost wallet's balance, holds and identity to a new key. */
export const recoverWallet = ({ lostWallet, newWallet, identity }: RecoverWalletParameters): ChainAction =>
  tokenAction('recoverWallet', [lostWallet, newWallet, identity]);
