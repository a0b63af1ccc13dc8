import type { OutgoingEntry } from '../domain/batching.js';

/** Per entry, in the order sent: accepted, or refused with EventBridge's error code. */
export type EntryResult = { ok: true } | { ok: false; errorCode: string; errorMessage?: string };

export interface EventBusPublisher {
  /** One PutEvents call; throws when the call itself fails (network, throttling after the SDK's retries). */
  putEvents(entries: OutgoingEntry[]): Promise<EntryResult[]>;
}

export const EVENT_BUS_PUBLISHER = Symbol('EVENT_BUS_PUBLISHER');
