import type { EventBus } from '@nestjs/cqrs';
import type { FleetLeases, LoggedEvent, OutboxFeed } from '../../data/index.js';
import { GENESIS_HASH, type AuditEntry } from '../domain/audit-entry.js';
import type { AuditLogRepository } from '../infrastructure/persistence/audit-log.repository.js';
import { AuditAppender } from './audit-appender.js';

/**
 * A log whose append is conditional on the head and commits the outbox acknowledgements with the
 * entries, as the DynamoDB one does; `moveHead` plays another instance appending.
 */
function auditLog(pending: LoggedEvent[]) {
  let head = { seq: 0, hash: GENESIS_HASH };
  const appended: AuditEntry[] = [];
  const calls = { head: 0 };
  const log = {
    head: async () => {
      calls.head += 1;
      return { ...head };
    },
    append: async (_partition: string, expected: { seq: number }, entries: AuditEntry[], acknowledgements: { acknowledges: string }[]) => {
      if (expected.seq !== head.seq) throw Object.assign(new Error('head moved'), { name: 'ConditionalCheckFailedException' });
      appended.push(...entries);
      for (const { acknowledges } of acknowledgements) pending.splice(pending.findIndex((event) => event.eventId === acknowledges), 1);
      head = { seq: entries[entries.length - 1].seq, hash: entries[entries.length - 1].hash };
    },
  } as unknown as AuditLogRepository;
  return { log, appended, calls, moveHead: () => (head = { seq: head.seq + 1, hash: 'another instance' }) };
}

function feedOf(pending: LoggedEvent[]) {
  return {
    unacknowledged: async (_consumer: string, limit: number) => pending.slice(0, limit),
    acknowledgement: (_consumer: string, eventId: string) => ({ acknowledges: eventId }),
  } as unknown as OutboxFeed;
}

const event = (n: number): LoggedEvent => ({ eventId: `evt_${n}`, eventType: 'test.happened', aggregateId: `agg_${n}`, occurredAt: new Date(n).toISOString(), payload: {}, actorRoles: [] });

describe('audit appender', () => {
  it('behavior: it reads the head once, appends after the head it wrote, and reads it again when another instance moved it', async () => {
    const pending: LoggedEvent[] = [];
    const { log, appended, calls, moveHead } = auditLog(pending);
    const appender = new AuditAppender(feedOf(pending), log, { subscribe: () => ({ unsubscribe: () => undefined }) } as unknown as EventBus, { onDuty: true } as FleetLeases);

    for (let round = 1; round <= 3; round++) {
      pending.push(event(round));
      await appender.sweep();
    }
    expect(appended.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(appended[1].previousHash).toBe(appended[0].hash);
    expect(calls.head).toBe(1);

    moveHead();
    pending.push(event(4));
    await appender.sweep(); // refused: the head it knew is stale
    await appender.sweep();
    expect(appended.map((entry) => entry.seq)).toEqual([1, 2, 3, 5]);
    expect(appended[3].previousHash).toBe('another instance');
    expect(calls.head).toBe(2);
    expect(pending).toEqual([]);
  });
});
