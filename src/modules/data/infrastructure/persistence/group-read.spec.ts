import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { GroupRead } from './group-read.js';

interface Wallet extends Item {
  customerId: string;
  address: string;
}

/** A table of wallets read only by BatchGetItem; `unprocessedOnce` keys are left unprocessed the first time they are asked for. */
function table(unprocessedOnce: string[] = []) {
  const rows = new Map([
    ['alice', { customerId: 'alice', address: '0xa' }],
    ['bob', { customerId: 'bob', address: '0xb' }],
  ]);
  const calls: { keys: string[]; consistent?: boolean }[] = [];
  const left = new Set(unprocessedOnce);
  const model = {
    batchGet: async (keys: { customerId: string }[], settings: { consistent?: boolean }) => {
      const asked = keys.map((key) => key.customerId);
      calls.push({ keys: asked, consistent: settings.consistent });
      await new Promise((resolve) => setTimeout(resolve, 5));
      const unprocessed = asked.filter((key) => left.delete(key));
      const found = asked.filter((key) => !unprocessed.includes(key) && rows.has(key)).map((key) => rows.get(key));
      return Object.assign(found, { unprocessedKeys: unprocessed.map((customerId) => ({ customerId })) });
    },
  } as unknown as ModelType<Wallet>;
  return { model, calls };
}

describe('group read', () => {
  it('behavior: gets arriving while a read is in flight are made together, the same key once, each caller answered with its own item', async () => {
    const { model, calls } = table();
    const reads = new GroupRead(model, 'customerId', true);
    const answers = await Promise.all(['alice', 'bob', 'carol', 'alice', 'bob', 'alice'].map((key) => reads.get(key)));
    expect(answers.map((wallet) => wallet?.address)).toEqual(['0xa', '0xb', undefined, '0xa', '0xb', '0xa']);
    expect(calls.length).toBeLessThan(6);
    for (const call of calls) expect(new Set(call.keys).size).toBe(call.keys.length);
    expect(calls.every((call) => call.consistent)).toBe(true);
  });

  it('behavior: a key DynamoDB leaves unprocessed is asked for again; a failed batch fails each of its callers', async () => {
    const { model, calls } = table(['bob']);
    const reads = new GroupRead(model, 'customerId', false);
    expect((await reads.get('bob'))?.address).toBe('0xb');
    expect(calls.map((call) => call.keys)).toEqual([['bob'], ['bob']]);
    const failing = new GroupRead({ batchGet: async () => Promise.reject(new Error('unavailable')) } as unknown as ModelType<Wallet>, 'customerId', true);
    await expect(Promise.all([failing.get('alice'), failing.get('bob')])).rejects.toThrow('unavailable');
  });
});
