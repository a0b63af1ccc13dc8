import type { Address } from 'viem';

export interface PlatformContracts {
  chainId: number;
  token: Address;
  identityRegistry: Address;
  claimIssuer: Address;
  identityFactory: Address;
  /** The relayer/minter account (mints, relays transfers, notary of holds); see signer-roles.ts. */
  operator: Address;
  attester: Address;
  compliance: Address;
  /** The registry agent: management key of every identity and of the claim issuer. */
  registrar: Address;
  admin: Address;
  claimSigner: Address;
}
