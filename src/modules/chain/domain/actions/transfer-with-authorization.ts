import type { ContractFunctionArgs } from 'viem';
import type { euroTokenAbi } from '../../contracts/generated/index.js';
import { type ChainAction, tokenAction } from './chain-action.js';

/** An EIP-3009 transfer the sender signed (split into v, r, s), as `batchTransferWithAuthorization` takes it. */
export type TransferAuthorization = ContractFunctionArgs<typeof euroTokenAbi, 'nonpayable', 'batchTransferWithAuthorization'>[0][number];

/** Relays one signed transfer. */
export function transferWithAuthorization(authorization: TransferAuthorization): ChainAction {
  const { from, to, value, validAfter, validBefore, nonce, v, r, s } = authorization;
  return tokenAction('transferWithAuthorization', [from, to, value, validAfter, validBefore, nonce, v, r, s]);
}
