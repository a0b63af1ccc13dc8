import { decodeFunctionData } from 'viem';
import { euroTokenAbi } from '../contracts/generated/index.js';
import { MAX_MINTS_PER_BATCH, type QueuedMint, batchCalldata, chunks, nextBatch } from './mint-batches.js';

const mint = (index: number, solo = false): QueuedMint => ({
  key: `deposit:${index}:mint`,
  recipient: `0x${index.toString(16).padStart(40, '0')}`,
  amount: BigInt(index + 1),
  solo,
});

describe('mint batches', () => {
  it('behavior: pending requests go out together, up to the cap', () => {
    const pending = Array.from({ length: MAX_MINTS_PER_BATCH + 5 }, (_, index) => mint(index));
    expect(nextBatch(pending)).toHaveLength(MAX_MINTS_PER_BATCH);
    expect(nextBatch(pending)[0].key).toBe('deposit:0:mint');
  });

  it('behavior: a request whose batch reverted goes out alone, and is not mixed into batches', () => {
    expect(nextBatch([mint(1, true), mint(2), mint(3)]).map((m) => m.key)).toEqual(['deposit:1:mint']);
    expect(nextBatch([mint(2), mint(1, true), mint(3)]).map((m) => m.key)).toEqual(['deposit:2:mint', 'deposit:3:mint']);
  });

  it('behavior: one request is a plain mint, several are one batchMint', () => {
    expect(decodeFunctionData({ abi: euroTokenAbi, data: batchCalldata([mint(1)]) }).functionName).toBe('mint');
    const batch = decodeFunctionData({ abi: euroTokenAbi, data: batchCalldata([mint(1), mint(2)]) });
    expect(batch.functionName).toBe('batchMintAtomic');
    expect(batch.args?.[1]).toEqual([2n, 3n]);
  });

  it('behavior: chunks split a list in order', () => {
    expect(chunks([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
  });
});
