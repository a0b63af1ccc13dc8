import { type Address, type Hex, parseSignature } from 'viem';
import { safeIntegerOf } from '../../../../shared/numbers/index.js';
import { TOKEN_TYPED_DATA, type TypedDataRequest, tokenDomain } from '../../../custody/index.js';
import type { Transfer } from '../../domain/transfer.js';

/** The EIP-712 message the sender's custodial key signs (contracts/README.md, "Platform integration"). */
export function transferAuthorizationTypedData(
  transfer: Pick<Transfer, 'senderWallet' | 'recipientWallet' | 'amount' | 'validBefore' | 'authorizationNonce'>,
  chainId: number,
  token: Address,
): TypedDataRequest {
  return {
    domain: tokenDomain(chainId, token),
    types: {
      TransferWithAuthorization: [...TOKEN_TYPED_DATA.TransferWithAuthorization.fields],
    },
    primaryType: 'TransferWithAuthorization',
    message: {
      from: transfer.senderWallet as Address,
      to: transfer.recipientWallet as Address,
      value: transfer.amount,
      validAfter: 0n,
      validBefore: BigInt(transfer.validBefore ?? 0),
      nonce: transfer.authorizationNonce as Hex,
    },
  };
}

/** The tuple `batchTransferWithAuthorization` takes for one signed transfer. */
export function authorizationTuple(transfer: Transfer) {
  const { r, s, v, yParity } = parseSignature(transfer.signature as Hex);
  return {
    from: transfer.senderWallet as Address,
    to: transfer.recipientWallet as Address,
    value: transfer.amount,
    validAfter: 0n,
    validBefore: BigInt(transfer.validBefore ?? 0),
    nonce: transfer.authorizationNonce as Hex,
    v: safeIntegerOf(v ?? BigInt(yParity + 27), 'signature v'),
    r,
    s,
  };
}

export function singleTransferArgs(transfer: Transfer) {
  const auth = authorizationTuple(transfer);
  return [auth.from, auth.to, auth.value, auth.validAfter, auth.validBefore, auth.nonce, auth.v, auth.r, auth.s] as const;
}
