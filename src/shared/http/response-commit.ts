import type { DomainEvent } from '../events/index.js';

/** A write the request still owes once its handler answered, committed with the events it is given. */
export type ResponseWrite = (events: DomainEvent[]) => Promise<void>;

const RESPONSE_WRITES = Symbol('response-writes');
type Carrier = { [RESPONSE_WRITES]?: ResponseWrite[] };

/**
 * Called by an outer interceptor that records the request itself (the audit trail) before the
 * answer leaves: inner interceptors' writes of the answer (the idempotency record's completion)
 * join it and the two commit as one write. Returns where they are collected.
 */
export function collectResponseWrites(request: object): ResponseWrite[] {
  const writes: ResponseWrite[] = [];
  (request as Carrier)[RESPONSE_WRITES] = writes;
  return writes;
}

/** Hands a write of the answer to the outer collector; false when there is none (the caller commits it alone). */
export function joinResponseWrites(request: object, write: ResponseWrite): boolean {
  const writes = (request as Carrier)[RESPONSE_WRITES];
  if (!writes) return false;
  writes.push(write);
  return true;
}
