import { type Address, isAddressEqual } from 'viem';

/** EIP-3009 transfer and receive authorizations hash the same fields. */
const AUTHORIZATION_FIELDS = [
  { name: 'from', type: 'address' },
  { name: 'to', type: 'address' },
  { name: 'value', type: 'uint256' },
  { name: 'validAfter', type: 'uint256' },
  { name: 'validBefore', type: 'uint256' },
  { name: 'nonce', type: 'bytes32' },
];

/** The typed data a customer's key may sign: the token's EIP-712 structs, exactly as the contract hashes them. */
export const TOKEN_TYPED_DATA = {
  TransferWithAuthorization: {
    signerField: 'from',
    fields: AUTHORIZATION_FIELDS,
  },
  ReceiveWithAuthorization: {
    signerField: 'from',
    fields: AUTHORIZATION_FIELDS,
  },
  CancelAuthorization: {
    signerField: 'authorizer',
    fields: [
      { name: 'authorizer', type: 'address' },
      { name: 'nonce', type: 'bytes32' },
    ],
  },
  Permit: {
    signerField: 'owner',
    fields: [
      { name: 'owner', type: 'address' },
      { name: 'spender', type: 'address' },
      { name: 'value', type: 'uint256' },
      { name: 'nonce', type: 'uint256' },
      { name: 'deadline', type: 'uint256' },
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
}

/**
 * Custody signs only the token's own authorizations (transfer, receive, cancel, permit, hold) on
 * this chain, with the canonical field lists, and only when the customer is the authorizing party:
 * a request for anything else (a foreign contract, another chain, a made-up struct, someone
 * else's funds) is refused. Returns the refusal reason, or undefined when signable.
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
  return undefined;
}

function sameFields(declared: readonly { name: string; type: string }[] | undefined, canonical: readonly { name: string; type: string }[]): boolean {
  return (
    !!declared &&
    declared.length === canonical.length &&
    declared.every((field, index) => field.name === canonical[index].name && field.type === canonical[index].type)
  );
}
