import { GENESIS_HASH, chainEntries, findBreak } from './audit-entry.js';

const content = (type: string) => ({
  partition: 'main',
  eventId: `event-${type}`,
  type,
  aggregateId: 'aggregate-1',
  actor: 'system',
  actorRoles: [],
  occurredAt: '2026-01-01T00:00:00.000Z',
  recordedAt: '2026-01-01T00:00:01.000Z',
  data: '{"amount":"100"}',
});

describe('audit hash chain', () => {
  const entries = chainEntries({ seq: 0, hash: GENESIS_HASH }, [content('a'), content('b'), content('c')]);

  it('behavior: entries are numbered from the head and each carries the previous hash', () => {
    expect(entries.map((entry) => entry.seq)).toEqual([1, 2, 3]);
    expect(entries[0].previousHash).toBe(GENESIS_HASH);
    expect(entries[2].previousHash).toBe(entries[1].hash);
    expect(findBreak({ seq: 0, hash: GENESIS_HASH }, entries)).toBeUndefined();
  });

  it('error: an edited field is the first break', () => {
    const edited = entries.map((entry) => (entry.seq === 2 ? { ...entry, data: '{"amount":"1"}' } : entry));
    expect(findBreak({ seq: 0, hash: GENESIS_HASH }, edited)).toMatchObject({ seq: 2, reason: 'hash_mismatch' });
  });

  it('error: a removed entry is a gap', () => {
    expect(findBreak({ seq: 0, hash: GENESIS_HASH }, [entries[0], entries[2]])).toMatchObject({ seq: 2, reason: 'gap' });
  });

  it('error: an entry rehashed after an edit no longer links to its successor', () => {
    const forged = chainEntries({ seq: 1, hash: entries[0].hash }, [{ ...content('b'), data: '{"amount":"1"}' }])[0];
    expect(findBreak({ seq: 0, hash: GENESIS_HASH }, [entries[0], forged, entries[2]])).toMatchObject({ seq: 3, reason: 'previous_hash_mismatch' });
  });
});
