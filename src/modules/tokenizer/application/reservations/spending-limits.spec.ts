import { jest } from '@jest/globals';
import type { DailySpendEntry, DailySpendRepository } from '../../infrastructure/persistence/daily-spend.repository.js';
import type { SpendingSnapshot } from '../../infrastructure/persistence/spending.repository.js';
import type { TokenizerConfig } from '../../tokenizer.config.js';
import { SpendingLimits } from './spending-limits.js';

const HOUR = 3600 * 1000;
const NOW = Date.parse('2026-12-02T12:00:00Z');
const config = { TRANSFER_MAX_AMOUNT: 5000n, TRANSFER_DAILY_LIMIT: 8000n, WITHDRAWAL_MAX_AMOUNT: 6000n, WITHDRAWAL_DAILY_LIMIT: 6000n } as TokenizerConfig;
const snapshot = (dailyTransfer: bigint): SpendingSnapshot => ({ reserved: 0n, releases: 0, daily: { dailyTransfer, dailyWithdrawal: 0n } });

function setup(entries: DailySpendEntry[]) {
  const removed: string[] = [];
  const daily = {
    entriesOf: jest.fn(async () => entries),
    remove: jest.fn(async (_customerId: string, entry: { operationId: string }) => (removed.push(entry.operationId), true)),
  } as unknown as DailySpendRepository;
  return { limits: new SpendingLimits(daily, config), removed, daily };
}

describe('spending limits', () => {
  it('behavior: the window is rolling: only operations 24 hours old or older leave it', async () => {
    const { limits, removed } = setup([
      { operationId: 'old', kind: 'transfer', amount: 3000n, at: NOW - 24 * HOUR },
      { operationId: 'recent', kind: 'transfer', amount: 2000n, at: NOW - 23 * HOUR },
      { operationId: 'older', kind: 'withdrawal', amount: 1000n, at: NOW - 30 * HOUR },
    ]);
    await limits.expire('alice', NOW);
    expect(removed.sort()).toEqual(['old', 'older']);
  });

  it('behavior: the window is read again only once something in it can have aged out', async () => {
    const { limits, daily, removed } = setup([{ operationId: 'recent', kind: 'transfer', amount: 2000n, at: NOW - 23 * HOUR }]);
    await limits.expire('alice', NOW);
    await limits.expire('alice', NOW + 59 * 60 * 1000);
    expect(daily.entriesOf).toHaveBeenCalledTimes(1);
    await limits.expire('alice', NOW + HOUR);
    expect(daily.entriesOf).toHaveBeenCalledTimes(2);
    expect(removed).toEqual(['recent']);
  });

  it('behavior: with an empty window, entries any instance records later are looked for 24 hours after the read, less the clock skew', async () => {
    const { limits, daily } = setup([]);
    await limits.expire('alice', NOW);
    await limits.expire('alice', NOW + 24 * HOUR - 61_000);
    expect(daily.entriesOf).toHaveBeenCalledTimes(1);
    await limits.expire('alice', NOW + 24 * HOUR - 60_000);
    expect(daily.entriesOf).toHaveBeenCalledTimes(2);
  });

  it('error: above the per-operation maximum, with the maximum as a decimal string', () => {
    const { limits } = setup([]);
    expect(() => limits.checkPerOperation('transfer', 5001n)).toThrow(expect.objectContaining({ code: 'LIMITS.PER_OPERATION_EXCEEDED', status: 422, details: { kind: 'transfer', maximum: '5000' } }));
    expect(() => limits.checkPerOperation('transfer', 5000n)).not.toThrow();
  });

  it('error: past the daily limit, with what remains; exactly up to it passes', () => {
    const { limits } = setup([]);
    expect(() => limits.checkDaily('transfer', 3001n, snapshot(5000n))).toThrow(expect.objectContaining({ code: 'LIMITS.DAILY_EXCEEDED', details: expect.objectContaining({ remaining: '3000', limit: '8000' }) }));
    expect(() => limits.checkDaily('transfer', 3000n, snapshot(5000n))).not.toThrow();
    expect(limits.allowanceOf('withdrawal')).toEqual({ counter: 'dailyWithdrawal', limit: 6000n });
  });

  it('behavior: giving back a failed operation removes its entry; a failure to do so is logged, not thrown', async () => {
    const { limits, daily } = setup([]);
    (daily.remove as jest.Mock<() => Promise<boolean>>).mockRejectedValueOnce(new Error('DynamoDB down'));
    await expect(limits.giveBack('alice', 't1', 'transfer', 100n)).resolves.toBeUndefined();
    expect(daily.remove).toHaveBeenCalledWith('alice', { operationId: 't1', kind: 'transfer', amount: 100n });
  });
});
