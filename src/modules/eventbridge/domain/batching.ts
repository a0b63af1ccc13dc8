/** PutEvents limits: 10 entries and 256 KB per call (an entry's size as EventBridge counts it). */
export const MAX_ENTRIES_PER_CALL = 10;
export const MAX_CALL_BYTES = 256 * 1024;

export interface OutgoingEntry {
  eventId: string;
  Source: string;
  DetailType: string;
  Detail: string;
  Time: Date;
}

/** EventBridge's own rule: 14 bytes for Time, plus the UTF-8 bytes of Source, DetailType and Detail. */
export function entrySize(entry: OutgoingEntry): number {
  return 14 + Buffer.byteLength(entry.Source) + Buffer.byteLength(entry.DetailType) + Buffer.byteLength(entry.Detail);
}

/** Packs entries, in order, into calls within both limits; an entry too large for any call is returned apart. */
export function packBatches<T extends OutgoingEntry>(entries: T[]): { batches: T[][]; oversized: T[] } {
  const batches: T[][] = [];
  const oversized: T[] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const entry of entries) {
    const size = entrySize(entry);
    if (size > MAX_CALL_BYTES) {
      oversized.push(entry);
      continue;
    }
    if (current.length === MAX_ENTRIES_PER_CALL || bytes + size > MAX_CALL_BYTES) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(entry);
    bytes += size;
  }
  if (current.length) batches.push(current);
  return { batches, oversized };
}

/** Exponential backoff with jitter for an entry's next attempt: 1 s, 2 s, 4 s ... capped at 5 minutes. */
export function backoffMs(attempts: number, random = Math.random): number {
  const base = Math.min(300_000, 1000 * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}
