/**
 * The one way a `bigint` becomes a JavaScript number: only when it is exactly representable.
 * DynamoDB's atomic counters (`ADD`) and a few protocol fields (a signature's v, a block number)
 * need a number; a value beyond 2^53 - 1 would silently round, so it is refused instead.
 */
export function safeIntegerOf(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError(`${what} (${value}) is beyond the exactly representable integers`);
  }
  return Number(value);
}
