import { jest } from '@jest/globals';
import type { CommandBus } from '@nestjs/cqrs';
import { type ApprovableAction, ApprovalActions } from '../../../approvals/index.js';
import type { TopUp, TopUpStatus } from '../../domain/topup.js';
import type { TopUpRepository } from '../../infrastructure/persistence/topup.repository.js';
import type { TokenReader } from '../token-reader.js';
import { ShortfallRecovery } from './shortfall-recovery.js';

const APPROVAL = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

function setup(spendable: bigint) {
  let stored: TopUp = {
    id: 't1',
    customerId: 'c1',
    walletAddress: '0x1111111111111111111111111111111111111111',
    amount: 1000n,
    currency: 'EUR',
    status: 'charged_back',
    shortfall: 600n,
    history: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  const topUps = {
    get: jest.fn(async () => stored),
    transition: jest.fn(async (_from: TopUp, to: TopUpStatus, changes: Partial<TopUp>) => {
      stored = { ...stored, ...changes, status: to };
      return true;
    }),
  } as unknown as TopUpRepository;
  const tokens = { balances: jest.fn(async () => ({ spendable })) } as unknown as TokenReader;
  const commands = { execute: jest.fn(async () => ({ status: 'queued' })) } as unknown as CommandBus;
  const actions = new ApprovalActions();
  const recovery = new ShortfallRecovery(actions, topUps, tokens, commands);
  recovery.onModuleInit();
  return { recovery, action: actions.get('topup.recover-shortfall') as Required<ApprovableAction>, current: () => stored, commands };
}

describe('shortfall recovery', () => {
  it('behavior: recorded as burning before the burn is sent (keyed by the approval); the confirmation shrinks the shortfall once', async () => {
    const { recovery, action, current, commands } = setup(600n);
    const outcome = await action.execute({ topUpId: 't1', amount: '600' }, APPROVAL, { requestedBy: 'a', decidedBy: 'b' });
    expect(outcome.resultId).toBe(`shortfall:t1:${APPROVAL}`);
    expect(current().shortfallRecoveries).toEqual([{ approvalId: APPROVAL, amount: 600n, status: 'burning' }]);
    await action.execute({ topUpId: 't1', amount: '600' }, APPROVAL, { requestedBy: 'a', decidedBy: 'b' });
    expect(current().shortfallRecoveries).toHaveLength(1);
    expect((commands.execute as jest.Mock).mock.calls.map(([command]) => (command as { request: { key: string } }).request.key)).toEqual([outcome.resultId, outcome.resultId]);
    await recovery.settle('t1', APPROVAL, true);
    await recovery.settle('t1', APPROVAL, true);
    expect(current()).toMatchObject({ shortfall: 0n, shortfallRecoveries: [{ approvalId: APPROVAL, amount: 600n, status: 'recovered' }] });
  });

  it('error: more than the open shortfall, or more than the customer holds, is refused', async () => {
    await expect(setup(1000n).action.check({ topUpId: 't1', amount: '601' })).rejects.toMatchObject({ code: 'TOPUPS.NO_SHORTFALL' });
    await expect(setup(100n).action.check({ topUpId: 't1', amount: '600' })).rejects.toMatchObject({ code: 'CORRECTIONS.INSUFFICIENT_BALANCE' });
  });

  it('behavior: a failed burn fails the recovery and leaves the shortfall flagged', async () => {
    const { recovery, action, current } = setup(600n);
    await action.execute({ topUpId: 't1', amount: '600' }, APPROVAL, { requestedBy: 'a', decidedBy: 'b' });
    await recovery.settle('t1', APPROVAL, false);
    expect(current()).toMatchObject({ shortfall: 600n, shortfallRecoveries: [{ status: 'failed' }] });
  });
});
