import { jest } from '@jest/globals';
import type { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Withdrawal, WithdrawalStatus } from '../../domain/withdrawal.js';
import type { SpendingRepository } from '../../infrastructure/persistence/spending.repository.js';
import type { WithdrawalRepository } from '../../infrastructure/persistence/withdrawal.repository.js';
import { WithdrawalProcessor } from './withdrawal-processor.js';

function withdrawal(status: WithdrawalStatus, extra: Partial<Withdrawal> = {}): Withdrawal {
  return {
    id: 'w1',
    kind: 'withdrawal',
    customerId: 'alice',
    walletAddress: '0x1111111111111111111111111111111111111111',
    bankAccountId: 'account-1',
    amount: 5000n,
    currency: 'EUR',
    status,
    requestedBy: 'alice',
    holdId: `0x${'12'.repeat(32)}`,
    holdExpiresAt: 4_000_000_000,
    holdDeadline: 4_000_000_000,
    history: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...extra,
  };
}

function setup(current: Withdrawal) {
  const store = new Map<string, Withdrawal>([[current.id, current]]);
  const withdrawals = {
    get: jest.fn(async (id: string) => store.get(id)),
    transition: jest.fn(async (from: Withdrawal, to: WithdrawalStatus, changes: object) => {
      store.set(from.id, { ...from, ...changes, status: to });
      return true;
    }),
    create: jest.fn(async (created: Withdrawal) => {
      store.set(created.id, created);
      return created;
    }),
  } as unknown as WithdrawalRepository;
  const spending = { release: jest.fn(() => ({ release: true })) } as unknown as SpendingRepository;
  const queries = { execute: jest.fn(async () => ({ token: '0x3333333333333333333333333333333333333333', operator: '0x4444444444444444444444444444444444444444', chainId: 31337 })) } as unknown as QueryBus;
  const commands = { execute: jest.fn(async () => ({ status: 'queued', signature: `0x${'ab'.repeat(65)}` })) } as unknown as CommandBus;
  const processor = new WithdrawalProcessor(withdrawals, spending, queries, commands);
  const sentKeys = () => (commands.execute as unknown as jest.Mock<(command: { request?: { key: string } }) => Promise<unknown>>).mock.calls.map(([command]) => command.request?.key).filter(Boolean);
  return { processor, store, withdrawals, spending, sentKeys };
}

describe('withdrawal processor', () => {
  it('behavior: the hold on chain replaces the reservation, then the payout goes out', async () => {
    const { processor, store, spending } = setup(withdrawal('pending'));
    await processor.holdConfirmed('w1');
    expect(spending.release).toHaveBeenCalledWith('alice', 5000n);
    expect(store.get('w1')?.status).toBe('funds_held');
  });

  it('behavior: a settled payout is recorded before the burn is sent', async () => {
    const { processor, store, sentKeys } = setup(withdrawal('payout_sent'));
    await processor.payoutSettled('w1');
    expect(store.get('w1')).toMatchObject({ status: 'payout_sent', payoutSettled: true });
    expect(sentKeys()).toEqual(['withdrawal:w1:burn']);
    await processor.burnConfirmed('w1');
    expect(store.get('w1')?.status).toBe('completed');
  });

  it('behavior: a payout returned before settlement releases the hold', async () => {
    const { processor, store, sentKeys } = setup(withdrawal('payout_sent'));
    await processor.payoutReturned('w1', 'AC04');
    expect(store.get('w1')?.status).toBe('payout_failed');
    expect(sentKeys()).toEqual(['withdrawal:w1:release']);
    await processor.releaseConfirmed('w1');
    expect(store.get('w1')?.status).toBe('released');
  });

  it('behavior: a payout returned after settlement credits back by a new linked operation; the completed one is not edited', async () => {
    const { processor, store, sentKeys } = setup(withdrawal('completed', { payoutSettled: true }));
    await processor.payoutReturned('w1', 'AC04');
    expect(store.get('w1')?.status).toBe('completed');
    expect(store.get('w1-return')).toMatchObject({ kind: 'return', status: 'crediting', returnOf: 'w1', amount: 5000n });
    expect(sentKeys()).toEqual(['withdrawal:w1-return:credit']);
    await processor.creditConfirmed('w1-return');
    expect(store.get('w1-return')?.status).toBe('completed');
  });

  it('error: four eyes: the requester cannot approve their own withdrawal', async () => {
    const { processor } = setup(withdrawal('awaiting_approval'));
    await expect(processor.approve('w1', 'alice')).rejects.toMatchObject({ code: 'WITHDRAWALS.FOUR_EYES' });
  });

  it('behavior: outcomes that arrive again, or out of turn, change nothing', async () => {
    const { processor, withdrawals } = setup(withdrawal('completed'));
    await processor.holdConfirmed('w1');
    await processor.burnConfirmed('w1');
    await processor.releaseConfirmed('w1');
    await processor.payoutSent('w1', 'E2E');
    expect(withdrawals.transition).not.toHaveBeenCalled();
  });
});
