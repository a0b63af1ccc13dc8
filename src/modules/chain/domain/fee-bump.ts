/** EIP-1559 replacement: a node accepts a transaction with a taken nonce only for at least +10% on both fee fields. */
const BUMP_PERCENT = 125n;

export interface Fees {
  maxFeePerGas: bigint;
  maxPriorityFeePerGas: bigint;
}

/**
 * The fees of a replacement: the current ones +25% (so +10% holds after rounding), or the
 * network's estimate when higher; undefined when that would go over the ceiling (the replacement
 * must stay a replacement, so it cannot be capped below +10%).
 */
export function bumpedFees(current: Fees, network: Fees, ceilingPerGas: bigint): Fees | undefined {
  const up = (value: bigint) => (value * BUMP_PERCENT + 99n) / 100n;
  const maxPriorityFeePerGas = [up(current.maxPriorityFeePerGas), network.maxPriorityFeePerGas].reduce((a, b) => (a > b ? a : b));
  let maxFeePerGas = [up(current.maxFeePerGas), network.maxFeePerGas, maxPriorityFeePerGas].reduce((a, b) => (a > b ? a : b));
  const minimum = (current.maxFeePerGas * 110n + 99n) / 100n;
  if (maxFeePerGas > ceilingPerGas) maxFeePerGas = ceilingPerGas;
  if (maxFeePerGas < minimum || maxFeePerGas < maxPriorityFeePerGas) return undefined;
  return { maxFeePerGas, maxPriorityFeePerGas };
}
