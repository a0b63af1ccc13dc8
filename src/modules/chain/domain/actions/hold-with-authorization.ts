import type { Address, Hex } from 'viem';
import { type ChainAction, tokenAction } from './chain-action.js';

/** The fields of the holder's signed EIP-712 hold (custody's TOKEN_TYPED_DATA), and the signature. */
export interface HoldWithAuthorizationParameters {
  holder: Address;
  holdId: Hex;
  notary: Address;
  payee: Address;
  amount: bigint;
  expiresAt: bigint;
  deadline: bigint;
  signature: Hex;
}

/** Puts a signed hold on the holder's balance: the notary later executes (burns) or releases it. */
export const holdWithAuthorization = (hold: HoldWithAuthorizationParameters): ChainAction =>
  tokenAction('holdWithAuthorization', [hold.holder, hold.holdId, hold.notary, hold.payee, hold.amount, hold.expiresAt, hold.deadline, hold.signature]);
