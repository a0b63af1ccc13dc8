import { MAX_CALL_BYTES, backoffMs, entrySize, packBatches } from './batching.js';

const entry = (id: number, detailBytes = 100) => ({ eventId: `e${id}`, Source: 'eurt.tokenizer', DetailType: 'tokenizer.transfer-completed', Detail: 'x'.repeat(detailBytes), Time: new Date(0) });

describe('PutEvents batching', () => {
  it('behavior: at most 10 entries per call, in order', () => {
    const { batches } = packBatches(Array.from({ length: 23 }, (_, index) => entry(index)));
    expect(batches.map((batch) => batch.length)).toEqual([10, 10, 3]);
    expect(batches.flat().map((item) => item.eventId)).toEqual(Array.from({ length: 23 }, (_, index) => `e${index}`));
  });

  it('behavior: a call stays within 256 KB', () => {
    const { batches } = packBatches(Array.from({ length: 5 }, (_, index) => entry(index, 100 * 1024)));
    expect(batches.map((batch) => batch.length)).toEqual([2, 2, 1]);
    for (const batch of batches) expect(batch.reduce((sum, item) => sum + entrySize(item), 0)).toBeLessThanOrEqual(MAX_CALL_BYTES);
  });

  it('error: an entry larger than a call is set apart', () => {
    const { batches, oversized } = packBatches([entry(1), entry(2, MAX_CALL_BYTES), entry(3)]);
    expect(oversized.map((item) => item.eventId)).toEqual(['e2']);
    expect(batches.flat().map((item) => item.eventId)).toEqual(['e1', 'e3']);
  });

  it('behavior: backoff doubles and is capped', () => {
    expect(backoffMs(1, () => 0.5)).toBe(1000);
    expect(backoffMs(3, () => 0.5)).toBe(4000);
    expect(backoffMs(30, () => 0.5)).toBe(300_000);
  });
});
