/** A value as it travels in an event or a record: bigints become decimal strings. */
export type JsonSafe = string | number | boolean | null | JsonSafe[] | { [key: string]: JsonSafe };

/** The custom error a contract call reverted with, decoded from the platform's ABIs. */
export interface ContractRevert {
  /** e.g. `EURTAddressFrozen`. */
  name: string;
  /** The error's arguments in ABI order (addresses as checksummed hex, integers as decimal strings). */
  args: JsonSafe[];
}

export function jsonSafe(value: unknown): JsonSafe {
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, jsonSafe(entry)]));
  if (value === undefined) return null;
  return value as JsonSafe;
}

/**
 * Records and events written before the revert was kept as data hold only its name and the
 * reason text `Name(a, b)`; this reads the arguments back out of it.
 */
export function revertOfReason(name: string | undefined, reason: string | undefined): ContractRevert | undefined {
  if (!name) return undefined;
  const inner = /\((.*)\)$/.exec(reason ?? '')?.[1];
  return { name, args: inner ? inner.split(',').map((arg) => arg.trim()) : [] };
}
