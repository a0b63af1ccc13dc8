import { BaseError, type Abi, type Hex, decodeErrorResult } from 'viem';
import { type ContractRevert, jsonSafe } from '../../domain/contract-revert.js';

export interface DecodedRevert {
  /** The custom error, when the revert data is one of our contracts' errors. */
  revert?: ContractRevert;
  reason: string;
}

/** True when the error says the call itself reverted, as opposed to a node or network failure. */
export function isRevert(error: unknown): boolean {
  if (!(error instanceof BaseError)) return false;
  return Boolean(error.walk((cause) => /revert/i.test((cause as Error).message ?? '') || revertData(cause) !== undefined));
}

/** Names the custom error (from our contracts' ABIs) that a failed call or estimate reverted with. */
export function decodeRevert(error: unknown, abis: readonly Abi[]): DecodedRevert {
  const data = error instanceof BaseError ? firstRevertData(error) : undefined;
  if (data && data.length >= 10) {
    for (const abi of abis) {
      try {
        const decoded = decodeErrorResult({ abi, data });
        const args = decoded.args ?? [];
        return {
          revert: { name: decoded.errorName, args: args.map(jsonSafe) },
          reason: `${decoded.errorName}(${args.map((arg) => String(arg)).join(', ')})`,
        };
      } catch {
        // not one of this ABI's errors
      }
    }
  }
  const message = error instanceof BaseError ? error.shortMessage : String((error as Error)?.message ?? error);
  return { reason: message };
}

function firstRevertData(error: BaseError): Hex | undefined {
  let found: Hex | undefined;
  error.walk((cause) => {
    found ??= revertData(cause);
    return false;
  });
  return found;
}

function revertData(cause: unknown): Hex | undefined {
  const data = (cause as { data?: unknown })?.data;
  if (typeof data === 'string' && data.startsWith('0x')) return data as Hex;
  if (data && typeof data === 'object' && typeof (data as { data?: unknown }).data === 'string') return (data as { data: Hex }).data;
  return undefined;
}
