import { BaseError, ContractFunctionRevertedError } from 'viem';

export interface Revert {
  errorName?: string;
  args: string[];
}

/** The token's custom error a simulated call reverted with; undefined when the call failed for another reason (node down). */
export function revertOf(error: unknown): Revert | undefined {
  if (!(error instanceof BaseError)) return undefined;
  const reverted = error.walk((cause) => cause instanceof ContractFunctionRevertedError);
  if (!(reverted instanceof ContractFunctionRevertedError)) return undefined;
  return { errorName: reverted.data?.errorName, args: (reverted.data?.args ?? []).map((arg) => String(arg)) };
}
