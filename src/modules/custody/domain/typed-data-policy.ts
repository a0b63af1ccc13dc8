import { type Address, isAddressEqual, zeroAddress } from 'viem';

/**
 * The typed data a customer's key may sign: the two token authorizations the platform uses,
 * exactly as the contract hashes them (contracts/src/token/EuroTokenAuthorizations.sol and
 * EuroTokenHolds.sol). Permit, ReceiveWithAuthorization and CancelAuthorization are refused:
 * nothing uses them, and each would hand a third party a way to move or lock the customer's tokens.
 */
export const TOKEN_TYPED_DATA = {
  TransferWithAuthorization: {
    signerField: 'from',
    fields: [
      { name: 'from', type: 'address' },
      { name: 'to', type: 'address' },
      { name: 'value', type: 'uint256' },
      { name: 'validAfter', type: 'uint256' },
      { name: 'validBefore', type: 'uint256' },
      { name: 'nonce', type: 'bytes32' },
    ],
  },
  HoldWithAuthorization: {
    signerField: 'holder',
    fields: [
      { name: 'holder', type: 'address' },
      { name: 'holdId', type: 'bytes32' },
      { name: 'notary', type: 'address' },
      { name: 'payee', type: 'address' },
      { name: 'amount', type: 'uint256' },
      { name: 'expiresAt', type: 'uint256' },
      { name: 'deadline', type: 'uint256' },
    ],
  },
} as const;

export type TokenPrimaryType = keyof typeof TOKEN_TYPED_DATA;

/** The EURT token's EIP-712 domain name and version, as its constructor sets them. */
const TOKEN_DOMAIN = { name: 'Euro Token', version: '1' } as const;

/** The EIP-712 domain of the EURT token deployed at `token` on `chainId`: the only domain custody signs for. */
export function tokenDomain(chainId: number, token: Address) {
  return { ...TOKEN_DOMAIN, chainId, verifyingContract: token };
}

export interface TypedDataRequest {
  domain: { name?: string; version?: string; chainId?: number | bigint; verifyingContract?: Address; salt?: unknown };
  types: Record<string, readonly { name: string; type: string }[]>;
  primaryType: string;
  message: Record<string, unknown>;
}

export interface SigningContext {
  chainId: number;
  /** The platform contracts whose EIP-712 domain the customer's key may sign for. */
  token: Address;
  wallet: Address;
  /** The platform's notary (the operator): the only party a hold may name to execute or release it. */
  notary: Address;
}

/**
 * Custody signs only the token's transfer and hold authorizations on this chain, with the
 * canonical field lists, only when the customer is the authorizing party, and a hold only with the
 * platform's notary and no payee (executing it burns: a withdrawal): a request for anything else
 * (a foreign contract, another chain, a permit, a made-up struct, someone else's funds, a hold a
 * third party could pay out to itself) is refused. Returns the refusal reason, or undefined when signable.
 */
export function refusalOf(request: TypedDataRequest, context: SigningContext): string | undefined {
  const { domain, types, primaryType, message } = request;
  if (domain.chainId === undefined || BigInt(domain.chainId) !== BigInt(context.chainId)) return 'the domain is for another chain';
  if (!domain.verifyingContract || !isAddressEqual(domain.verifyingContract, context.token)) return 'the verifying contract is not the EURT token';
  if (domain.name !== TOKEN_DOMAIN.name || domain.version !== TOKEN_DOMAIN.version || domain.salt !== undefined) return 'the domain is not the EURT token domain';
  const allowed = TOKEN_TYPED_DATA[primaryType as TokenPrimaryType];
  if (!allowed) return `${primaryType} is not a token authorization`;
  const declared = Object.keys(types).filter((name) => name !== 'EIP712Domain');
  if (declared.length !== 1 || !sameFields(types[primaryType], allowed.fields)) return `${primaryType} does not have the token's field list`;
  const signer = message[allowed.signerField];
  if (typeof signer !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(signer) || !isAddressEqual(signer as Address, context.wallet)) {
    return `${allowed.signerField} is not the customer's wallet`;
  }
  if (primaryType === 'HoldWithAuthorization') return holdRefusal(message, context);
  return undefined;
}

function holdRefusal(message: Record<string, unknown>, context: SigningContext): string | undefined {
  if (!isAddressValue(message.notary) || !isAddressEqual(message.notary, context.notary)) return "the hold's notary is not the platform's notary";
  if (!isAddressValue(message.payee) || !isAddressEqual(message.payee, zeroAddress)) return 'the hold names a payee (only a burning hold is signed)';
  return undefined;
}

function isAddressValue(value: unknown): value is Address {
  return typeof value === 'string' && /^0x[0-9a-fA-F]{40}$/.test(value);
}

function sameFields(declared: readonly { name: string; type: string }[] | undefined, canonical: readonly { name: string; type: string }[]): boolean {
  return (
    !!declared &&
    declared.length === canonical.length &&
    declared.every((field, index) => field.name === canonical[index].name && field.type === canonical[index].type)
  );
}
