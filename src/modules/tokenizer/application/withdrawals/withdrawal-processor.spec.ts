import { jest } from '@jest/globals';
import type { CommandBus, QueryBus } from '@nestjs/cqrs';
import type { Withdrawal, WithdrawalStatus } from '../../domain/withdrawal.js';
import type { SpendingLimits } from '../reservations/spending-limits.js';
import type { SpendingRepository } from '../../infrastructure/persistence/spending.repository.js';
import type { WithdrawalRepository } from '../../infrastructure/persistence/withdrawal.repository.js';
import { WithdrawalProcessor } from './withdrawal-processor.js';
import { type ApprovableAction, ApprovalActions } from '../../../approvals/index.js';
import { WITHDRAWAL_APPROVAL, WithdrawalApprovals, withdrawalApprovalIdOf } from './withdrawal-approvals.js';

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
  const limits = { giveBack: jest.fn(async () => undefined) } as unknown as SpendingLimits;
  const processor = new WithdrawalProcessor(withdrawals, spending, limits, queries, commands);
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

  it('behavior: outcomes that arrive again, or out of turn, change nothing', async () => {
    const { processor, withdrawals } = setup(withdrawal('completed'));
    await processor.holdConfirmed('w1');
    await processor.burnConfirmed('w1');
    await processor.releaseConfirmed('w1');
    await processor.payoutSent('w1', 'E2E');
    expect(withdrawals.transition).not.toHaveBeenCalled();
  });
});

function setupApprovals(current: Withdrawal, approval?: { status: string; decidedBy?: string }) {
  const store = new Map<string, Withdrawal>([[current.id, current]]);
  const withdrawals = {
    get: jest.fn(async (id: string) => store.get(id)),
    transition: jest.fn(async (from: Withdrawal, to: WithdrawalStatus, changes: object) => {
      store.set(from.id, { ...from, ...changes, status: to });
      return true;
    }),
  } as unknown as WithdrawalRepository;
  const spending = { release: jest.fn(() => ({ release: true })) } as unknown as SpendingRepository;
  const processor = { advance: jest.fn(async () => undefined) } as unknown as WithdrawalProcessor;
  const commands = { execute: jest.fn(async () => ({ status: 'pending' })) } as unknown as CommandBus;
  const queries = { execute: jest.fn(async () => approval) } as unknown as QueryBus;
  const actions = new ApprovalActions();
  const limits = { giveBack: jest.fn(async () => undefined) } as unknown as SpendingLimits;
  const approvals = new WithdrawalApprovals(actions, withdrawals, spending, limits, processor, commands, queries);
  approvals.onModuleInit();
  return { approvals, action: actions.get(WITHDRAWAL_APPROVAL) as Required<ApprovableAction>, store, spending, processor, commands };
}

describe('withdrawal approvals (maker-checker above the threshold)', () => {
  it('behavior: the customer is the maker; an admin executes it and the withdrawal goes on, once', async () => {
    const { action, store, processor } = setupApprovals(withdrawal('awaiting_approval'));
    expect(action.roles).toEqual(['admin']);
    expect(action.requesterRoles).toEqual(['customer']);
    await action.execute({ withdrawalId: 'w1' }, 'a1', { requestedBy: 'alice', decidedBy: 'bob' });
    expect(store.get('w1')).toMatchObject({ status: 'pending', approvedBy: 'bob' });
    await action.execute({ withdrawalId: 'w1' }, 'a1', { requestedBy: 'alice', decidedBy: 'bob' });
    expect(processor.advance).toHaveBeenCalledTimes(1);
  });

  it('error: four eyes: the customer who asked cannot be the approver', async () => {
    const { action, store } = setupApprovals(withdrawal('awaiting_approval'));
    await expect(action.execute({ withdrawalId: 'w1' }, 'a1', { requestedBy: 'alice', decidedBy: 'alice' })).rejects.toMatchObject({ code: 'WITHDRAWALS.FOUR_EYES' });
    expect(store.get('w1')?.status).toBe('awaiting_approval');
  });

  it('behavior: a rejected or expired request rejects the withdrawal and releases the reservation, once', async () => {
    for (const status of ['rejected', 'expired'] as const) {
      const { action, store, spending } = setupApprovals(withdrawal('awaiting_approval'));
      await action.closed({ withdrawalId: 'w1' }, 'a1', status);
      await action.closed({ withdrawalId: 'w1' }, 'a1', status);
      expect(store.get('w1')?.status).toBe('rejected');
      expect(spending.release).toHaveBeenCalledTimes(1);
    }
  });

  it('behavior: the sweeper asks again when the request is missing (same id) and follows one that was closed meanwhile', async () => {
    const missing = setupApprovals(withdrawal('awaiting_approval'));
    await missing.approvals.reconcile(withdrawal('awaiting_approval'));
    const [[command]] = (missing.commands.execute as jest.Mock).mock.calls as [[{ approvalId: string; params: Record<string, string> }]];
    expect(command).toMatchObject({ approvalId: withdrawalApprovalIdOf('w1'), params: { withdrawalId: 'w1', customerId: 'alice', amount: '5000' } });

    const expired = setupApprovals(withdrawal('awaiting_approval'), { status: 'expired' });
    await expired.approvals.reconcile(withdrawal('awaiting_approval'));
    expect(expired.store.get('w1')?.status).toBe('rejected');
  });
});
