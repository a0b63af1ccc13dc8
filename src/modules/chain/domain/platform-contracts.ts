import type { Address } from 'viem';

export interface PlatformContracts {
  chainId: number;
  token: Address;
  identityRegistry: Address;
  claimIssuer: Address;
  identityFactory: Address;
  /** The platform's relayer/operator account: it pays gas and holds the operational roles. */
  operator: Address;
  claimSigner: Address;
}
