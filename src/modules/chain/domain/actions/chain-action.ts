import { type Address, type ContractFunctionArgs, type ContractFunctionName, type Hex, encodeFunctionData } from 'viem';
import { claimIssuerAbi, euroTokenAbi, identityAbi, identityRegistryAbi } from '../../contracts/generated/index.js';
import type { SignerRole } from '../signer-roles.js';

/** The platform contract an action calls; the chain module knows its address. */
export type PlatformContract = 'token' | 'identityRegistry' | 'claimIssuer';

/** One call to a platform contract (or, with `to`, to a customer's identity), encoded by one of the actions beside this file. */
export interface ChainAction {
  contract: PlatformContract | 'identity';
  /** The called address when it is not a platform contract (a customer's identity). */
  to?: Address;
  functionName: string;
  data: Hex;
  /** The platform account that sends it (the one holding the role the function needs). */
  signer: SignerRole;
  /** The key of a transaction that must be mined before this one is signed (it may come from another account). */
  after?: string;
  /** Recorded as a request of this kind, sent in one transaction with the others of its kind pending at the time. */
  batch?: 'onboard';
}

type TokenFunction = ContractFunctionName<typeof euroTokenAbi, 'nonpayable'>;
type RegistryFunction = ContractFunctionName<typeof identityRegistryAbi, 'nonpayable'>;

/** Token functions not sent by the relayer, and the account that sends them (see signer-roles.ts). */
const TOKEN_SIGNERS: Partial<Record<TokenFunction, SignerRole>> = {
  attestReserve: 'attester',
  setAddressFrozen: 'compliance',
  freezePartialTokens: 'compliance',
  unfreezePartialTokens: 'compliance',
  forcedTransfer: 'compliance',
  recoverWallet: 'compliance',
  forceReleaseHold: 'compliance',
  forceExecuteHold: 'compliance',
  pause: 'compliance',
  unpause: 'compliance',
};

export function tokenAction<F extends TokenFunction>(functionName: F, args: ContractFunctionArgs<typeof euroTokenAbi, 'nonpayable', F>): ChainAction {
  const signer = TOKEN_SIGNERS[functionName] ?? 'relayer';
  return { contract: 'token', functionName, signer, data: encodeFunctionData({ abi: euroTokenAbi, functionName, args } as never) };
}

type IdentityFunction = ContractFunctionName<typeof identityAbi, 'nonpayable'>;

export function identityAction<F extends IdentityFunction>(
  identity: Address,
  functionName: F,
  args: ContractFunctionArgs<typeof identityAbi, 'nonpayable', F>,
): ChainAction {
  return { contract: 'identity', to: identity, functionName, signer: 'registrar', data: encodeFunctionData({ abi: identityAbi, functionName, args } as never) };
}

export function registryAction<F extends RegistryFunction>(
  functionName: F,
  args: ContractFunctionArgs<typeof identityRegistryAbi, 'nonpayable', F>,
): ChainAction {
  return { contract: 'identityRegistry', functionName, signer: 'registrar', data: encodeFunctionData({ abi: identityRegistryAbi, functionName, args } as never) };
}

type ClaimIssuerFunction = ContractFunctionName<typeof claimIssuerAbi, 'nonpayable'>;

/** Sent by the registrar, the claim issuer's management key. */
export function claimIssuerAction<F extends ClaimIssuerFunction>(
  functionName: F,
  args: ContractFunctionArgs<typeof claimIssuerAbi, 'nonpayable', F>,
): ChainAction {
  return { contract: 'claimIssuer', functionName, signer: 'registrar', data: encodeFunctionData({ abi: claimIssuerAbi, functionName, args } as never) };
}
