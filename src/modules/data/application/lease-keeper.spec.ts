import type { LeaseStore } from '../infrastructure/persistence/lease-store.js';
import { LeaseKeeper } from './lease-keeper.js';
import { LeaseRenewals } from './lease-renewals.js';

/** A lease table in memory with DynamoDB's conditions: free, expired or ours to take; ours to renew. */
function memoryLeases() {
  const rows = new Map<string, { holder: string; fence: number; expiresAt: number }>();
  let renewals = true;
  const calls = { renewAll: 0 };
  const store = {
    read: async (name: string) => rows.get(name),
    acquire: async (name: string, holder: string, durationMs: number, now = Date.now()) => {
      const row = rows.get(name);
      if (row && row.expiresAt >= now && row.holder !== holder) return undefined;
      const fence = (row?.fence ?? 0) + 1;
      rows.set(name, { holder, fence, expiresAt: now + durationMs });
      return fence;
    },
    renew: async (name: string, holder: string, fence: number, durationMs: number, now = Date.now()) => {
      const row = rows.get(name);
      if (!renewals) throw new Error('DynamoDB unreachable');
      if (!row || row.holder !== holder || row.fence !== fence) return false;
      row.expiresAt = now + durationMs;
      return true;
    },
    renewAll: async (leases: { name: string; fence: number }[], holder: string, durationMs: number, now = Date.now()) => {
      calls.renewAll += 1;
      const held = new Set<string>();
      for (const { name, fence } of leases) if (await store.renew(name, holder, fence, durationMs, now)) held.add(name);
      return held;
    },
    release: async (name: string, holder: string, fence: number) => {
      const row = rows.get(name);
      if (row?.holder === holder && row.fence === fence) row.expiresAt = 0;
    },
  };
  return { store: store as unknown as LeaseStore, rows, calls, cutOff: () => (renewals = false) };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LeaseKeeper', () => {
  it('behavior: one of two keepers holds the lease; the other takes over with a higher fence once it is released', async () => {
    const { store } = memoryLeases();
    const events: string[] = [];
    const handlers = (who: string) => ({ acquired: async (fence: number) => void events.push(`${who} ${fence}`), lost: () => void events.push(`${who} lost`) });
    const first = new LeaseKeeper(store, 'signer', 'a', handlers('a'), { durationMs: 1_000 });
    const second = new LeaseKeeper(store, 'signer', 'b', handlers('b'), { durationMs: 1_000 });
    await first.start();
    await second.start();
    expect([first.held, second.held]).toEqual([true, false]);
    await first.stop();
    await wait(1_600);
    expect(second.fence).toBe(2);
    expect(events).toEqual(['a 1', 'a lost', 'b 2']);
    await second.stop();
  });

  it('error: a holder that cannot renew gives the lease up before it expires (nobody else can have it yet)', async () => {
    const { store, rows, cutOff } = memoryLeases();
    let lost = 0;
    const keeper = new LeaseKeeper(store, 'signer', 'a', { acquired: async () => undefined, lost: () => void (lost += 1) }, { durationMs: 1_000 });
    await keeper.start();
    cutOff();
    await wait(850);
    expect(keeper.fence).toBeUndefined();
    expect(lost).toBe(1);
    expect(Date.now()).toBeLessThan((rows.get('signer')?.expiresAt ?? 0) + 1);
    await keeper.stop();
  });

  it('behavior: the leases of one instance are renewed together in one call; one taken over is dropped, the rest stay held', async () => {
    const { store, rows, calls } = memoryLeases();
    const renewals = new LeaseRenewals(store, 'a', 600);
    const lost: string[] = [];
    const keepers = ['relayer', 'attester', 'registrar'].map(
      (name) => new LeaseKeeper(store, name, 'a', { acquired: async () => undefined, lost: () => void lost.push(name) }, { durationMs: 600 }, renewals),
    );
    for (const keeper of keepers) {
      await keeper.start();
      await wait(60);
    }
    await wait(1_000);
    // Renewing every 200 ms: about five rounds in a second, one call each for all three leases.
    expect(calls.renewAll).toBeGreaterThanOrEqual(4);
    expect(calls.renewAll).toBeLessThanOrEqual(7);
    expect(keepers.map((keeper) => keeper.held)).toEqual([true, true, true]);
    rows.set('attester', { holder: 'b', fence: 9, expiresAt: Date.now() + 60_000 });
    await wait(400);
    expect(keepers.map((keeper) => keeper.held)).toEqual([true, false, true]);
    expect(lost).toEqual(['attester']);
    await Promise.all(keepers.map((keeper) => keeper.stop()));
  });
});
