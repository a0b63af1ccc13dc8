import { type Address, type ContractFunctionArgs, type ContractFunctionName, type Hex, encodeFunctionData } from 'viem';
import { euroTokenAbi, identityAbi, identityRegistryAbi } from '../../contracts/generated/index.js';

/** The platform contract an action calls; the chain module knows its address. */
export type PlatformContract = 'token' | 'identityRegistry';

/** One call to a platform contract (or, with `to`, to a customer's identity), encoded by one of the actions beside this file. */
export interface ChainAction {
  contract: PlatformContract | 'identity';
  /** The called address when it is not a platform contract (a customer's identity). */
  to?: Address;
  functionName: string;
  data: Hex;
}

type TokenFunction = ContractFunctionName<typeof euroTokenAbi, 'nonpayable'>;
type RegistryFunction = ContractFunctionName<typeof identityRegistryAbi, 'nonpayable'>;

export function tokenAction<F extends TokenFunction>(functionName: F, args: ContractFunctionArgs<typeof euroTokenAbi, 'nonpayable', F>): ChainAction {
  return { contract: 'token', functionName, data: encodeFunctionData({ abi: euroTokenAbi, functionName, args } as never) };
}

type IdentityFunction = ContractFunctionName<typeof identityAbi, 'nonpayable'>;

export function identityAction<F extends IdentityFunction>(
  identity: Address,
  functionName: F,
  args: ContractFunctionArgs<typeof identityAbi, 'nonpayable', F>,
): ChainAction {
  return { contract: 'identity', to: identity, functionName, data: encodeFunctionData({ abi: identityAbi, functionName, args } as never) };
}

export function registryAction<F extends RegistryFunction>(
  functionName: F,
  args: ContractFunctionArgs<typeof identityRegistryAbi, 'nonpayable', F>,
): ChainAction {
  return { contract: 'identityRegistry', functionName, data: encodeFunctionData({ abi: identityRegistryAbi, functionName, args } as never) };
}
