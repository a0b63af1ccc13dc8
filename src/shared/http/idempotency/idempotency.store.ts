import type { DomainEvent } from '../../events/index.js';

/**
 * Where idempotency keys are kept. The shared kernel owns the contract; the data module provides
 * the DynamoDB table behind it (the kernel depends on no module).
 */
export interface StoredResponse {
  /** HTTP status of the first response. */
  status: number;
  /** The response body (2xx) or the problem's code, detail and extensions (4xx). */
  body: unknown;
}

export interface IdempotencyRecord {
  fingerprint: string;
  state: 'in_progress' | 'completed';
  response?: StoredResponse;
  /** Epoch ms until which a running first request owns the key. */
  lockedUntil: number;
}

export type ClaimOutcome = { claimed: true } | { claimed: false; existing: IdempotencyRecord };

export interface IdempotencyStore {
  /** Takes the key for a new request, or returns what is already there. A lock older than `lockedUntil` (a crashed request) is taken over. */
  claim(id: string, fingerprint: string, lockMs: number, retentionSeconds: number): Promise<ClaimOutcome>;
  /** Stores the first response; `events` (the request's audit record) commit in the same write. */
  complete(id: string, response: StoredResponse, events?: DomainEvent[]): Promise<void>;
  /** Forgets a key whose request did not run to a storable outcome (validation failure, crash-like error). */
  release(id: string): Promise<void>;
}

export const IDEMPOTENCY_STORE = Symbol('IDEMPOTENCY_STORE');
