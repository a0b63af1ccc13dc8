import { Subject } from 'rxjs';
import type { LoggedEvent } from '../../data/index.js';
import type { OutgoingEntry } from '../domain/batching.js';
import type { DeliveryState } from '../infrastructure/delivery-state.repository.js';
import type { EntryResult } from '../infrastructure/event-bus-publisher.port.js';
import { EventForwarder } from './event-forwarder.js';

const event = (id: string, aggregateId: string, second: number): LoggedEvent => ({
  eventId: id,
  eventType: 'tokenizer.withdrawal-completed',
  aggregateId,
  occurredAt: new Date(Date.UTC(2026, 0, 1, 0, 0, second)).toISOString(),
  payload: { withdrawalId: aggregateId, customerId: 'c1', amount: '100', iban: 'must-not-leave' },
  actorRoles: [],
});

/** An outbox feed, a delivery-state table and a bus in memory; the bus refuses what `refuse` picks. */
function harness(events: LoggedEvent[], refuse: (eventId: string, call: number) => boolean) {
  const pending = [...events];
  const states = new Map<string, DeliveryState>();
  const calls: string[][] = [];
  const feed = {
    unacknowledged: async () => [...pending],
    acknowledge: async (_consumer: string, ids: string[]) => {
      for (const id of ids) pending.splice(pending.findIndex((candidate) => candidate.eventId === id), 1);
    },
  };
  const deliveries = {
    many: async (ids: string[]) => new Map(ids.filter((id) => states.has(id)).map((id) => [id, states.get(id) as DeliveryState])),
    save: async (state: DeliveryState) => void states.set(state.eventId, { ...state, nextAttemptAt: new Date(0).toISOString() }),
    forget: async (ids: string[]) => ids.forEach((id) => states.delete(id)),
    failing: async () => [...states.values()].filter((state) => state.failing),
  };
  const publisher = {
    putEvents: async (entries: OutgoingEntry[]): Promise<EntryResult[]> => {
      calls.push(entries.map((entry) => entry.eventId));
      return entries.map((entry) => (refuse(entry.eventId, calls.length) ? { ok: false, errorCode: 'InternalFailure' } : { ok: true }));
    },
  };
  const forwarder = new EventForwarder(feed as never, deliveries as never, publisher, { EVENTBRIDGE_FAILING_AFTER_ATTEMPTS: 2 } as never, new Subject() as never, { onDuty: true } as never);
  return { forwarder, calls, pending, states };
}

describe('EventForwarder', () => {
  it('behavior: one event per aggregate per call, in order; a refused entry alone is retried and holds back its aggregate', async () => {
    const events = [event('a1', 'A', 1), event('b1', 'B', 2), event('a2', 'A', 3), event('b2', 'B', 4)];
    const { forwarder, calls, pending } = harness(events, (id, call) => id === 'a1' && call === 1);
    await forwarder.sweep();
    expect(calls).toEqual([['a1', 'b1'], ['a1', 'b2'], ['a2']]);
    expect(pending).toEqual([]);
  });

  it('behavior: an event that keeps failing is listed as failing and later events of its aggregate wait', async () => {
    const { forwarder, calls, states } = harness([event('a1', 'A', 1), event('a2', 'A', 2)], (id) => id === 'a1');
    await forwarder.sweep();
    await forwarder.sweep();
    expect(calls.flat()).not.toContain('a2');
    expect(states.get('a1')).toMatchObject({ failing: true, lastError: 'InternalFailure' });
    expect(states.get('a1')?.attempts).toBeGreaterThanOrEqual(2);
  });
});
