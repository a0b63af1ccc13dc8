import { jest } from '@jest/globals';
import type { SpendingRepository } from '../../infrastructure/persistence/spending.repository.js';
import { NonceAllocator } from './nonce-allocator.js';

describe('EIP-3009 nonce allocation', () => {
  it('behavior: concurrent transfers get distinct nonces, one storage word (one counter increment) per 256', async () => {
    let words = 0;
    const spending = { nextNonceWord: jest.fn(async () => ++words) } as unknown as SpendingRepository;
    const allocator = new NonceAllocator(spending);
    const nonces = await Promise.all(Array.from({ length: 600 }, () => allocator.next('customer-1')));
    expect(new Set(nonces).size).toBe(600);
    expect(spending.nextNonceWord).toHaveBeenCalledTimes(3);
    const slots = new Set(nonces.map((nonce) => BigInt(nonce) >> 8n));
    expect([...slots].sort()).toEqual([1n, 2n, 3n]);
  });

  it('behavior: customers draw from their own words', async () => {
    const spending = { nextNonceWord: jest.fn(async () => 7) } as unknown as SpendingRepository;
    const allocator = new NonceAllocator(spending);
    expect(await allocator.next('a')).toBe(await allocator.next('b'));
    expect(spending.nextNonceWord).toHaveBeenCalledWith('a');
    expect(spending.nextNonceWord).toHaveBeenCalledWith('b');
  });

  it('error: a failed draw is not remembered; the next call draws again', async () => {
    const spending = { nextNonceWord: jest.fn<() => Promise<number>>().mockRejectedValueOnce(new Error('dynamo down')).mockResolvedValueOnce(1) } as unknown as SpendingRepository;
    const allocator = new NonceAllocator(spending);
    await expect(allocator.next('a')).rejects.toThrow('dynamo down');
    expect(BigInt(await allocator.next('a'))).toBe(256n);
  });
});
