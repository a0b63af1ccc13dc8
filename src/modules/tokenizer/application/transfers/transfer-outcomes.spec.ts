import { jest } from '@jest/globals';
import type { CommandBus } from '@nestjs/cqrs';
import type { Transfer } from '../../domain/transfer.js';
import type { SpendingLimits } from '../reservations/spending-limits.js';
import type { SpendingRepository } from '../../infrastructure/persistence/spending.repository.js';
import type { TransferRepository } from '../../infrastructure/persistence/transfer.repository.js';
import type { TokenReader } from '../token-reader.js';
import { TransferOutcomes } from './transfer-outcomes.js';

const sender = '0x1111111111111111111111111111111111111111';
const recipient = '0x2222222222222222222222222222222222222222';
const signature = `0x${'ab'.repeat(32)}${'cd'.repeat(32)}1b` as const;

function transfer(id: string, chainKey: string): Transfer {
  return {
    id,
    origin: 'platform',
    senderId: 'alice',
    senderWallet: sender,
    recipientId: 'bob',
    recipientWallet: recipient,
    amount: 100n,
    currency: 'EUR',
    status: 'submitted',
    authorizationNonce: `0x${'00'.repeat(31)}01`,
    validBefore: 4_000_000_000,
    signature,
    chainKey,
    history: [],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
}

function setup(members: Transfer[], authorizationUsed = false) {
  const transfers = {
    listByChainKey: jest.fn(async () => members),
    get: jest.fn(async (id: string) => members.find((member) => member.id === id)),
    rekey: jest.fn(async () => true),
    transition: jest.fn(async () => true),
    transitionAll: jest.fn(async () => true),
  } as unknown as TransferRepository;
  const spending = {
    release: jest.fn(() => ({ release: true })),
    releaseAll: jest.fn((settled: { customerId: string; amount: bigint }[]) => settled.map(() => ({ release: true }))),
  } as unknown as SpendingRepository;
  const tokens = { authorizationUsed: jest.fn(async () => authorizationUsed) } as unknown as TokenReader;
  const commands = { execute: jest.fn(async () => ({ status: 'queued' })) } as unknown as CommandBus;
  const limits = { giveBack: jest.fn(async () => undefined) } as unknown as SpendingLimits;
  return { outcomes: new TransferOutcomes(transfers, spending, limits, tokens, commands), transfers, commands, spending, limits };
}

describe('transfer outcomes', () => {
  it('behavior: a mined batch completes its members together with the hash, releasing their reservations, one event each', async () => {
    const members = [transfer('t1', 'transfer-batch:b1'), transfer('t2', 'transfer-batch:b1')];
    const { outcomes, transfers, spending } = setup(members);
    await outcomes.confirmed('transfer-batch:b1', '0xhash');
    expect(transfers.transitionAll).toHaveBeenCalledTimes(1);
    const [moves, , events] = (transfers.transitionAll as unknown as jest.Mock<(...args: unknown[]) => Promise<boolean>>).mock.calls[0] as [
      { transfer: Transfer; to: string; changes: object }[],
      unknown[],
      { payload: { transferId: string } }[],
    ];
    expect(moves.map((move) => [move.transfer.id, move.to, move.changes])).toEqual([
      ['t1', 'completed', { transactionHash: '0xhash' }],
      ['t2', 'completed', { transactionHash: '0xhash' }],
    ]);
    expect(events.map((event) => event.payload.transferId)).toEqual(['t1', 't2']);
    expect(spending.releaseAll).toHaveBeenCalledWith([
      { customerId: 'alice', amount: 100n },
      { customerId: 'alice', amount: 100n },
    ]);
    expect(transfers.transition).not.toHaveBeenCalled();
  });

  it('behavior: when one member of a mined batch was already finished, the others complete one by one', async () => {
    const members = [transfer('t1', 'transfer-batch:b1'), transfer('t2', 'transfer-batch:b1')];
    const { outcomes, transfers } = setup(members);
    (transfers.transitionAll as unknown as jest.Mock<() => Promise<boolean>>).mockResolvedValueOnce(false);
    await outcomes.confirmed('transfer-batch:b1', '0xhash');
    expect(transfers.transition).toHaveBeenCalledTimes(2);
  });

  it('behavior: a failed batch sends each member alone, so one bad entry does not fail the others', async () => {
    const members = [transfer('t1', 'transfer-batch:b1'), transfer('t2', 'transfer-batch:b1')];
    const { outcomes, transfers, commands } = setup(members);
    await outcomes.failed('transfer-batch:b1', { name: 'ERC20InsufficientBalance', args: [] });
    expect(transfers.rekey).toHaveBeenCalledWith(members[0], 'transfer:t1:single');
    expect(transfers.rekey).toHaveBeenCalledWith(members[1], 'transfer:t2:single');
    const keys = (commands.execute as unknown as jest.Mock<(command: { request: { key: string } }) => Promise<unknown>>).mock.calls.map(([command]) => command.request.key).sort();
    expect(keys).toEqual(['transfer:t1:single', 'transfer:t2:single']);
    expect(transfers.transition).not.toHaveBeenCalled();
  });

  it('error: a failed single transfer fails with the reason the token gave, and releases its reservation', async () => {
    const member = transfer('t1', 'transfer:t1:single');
    const { outcomes, transfers, spending } = setup([member]);
    await outcomes.failed('transfer:t1:single', { name: 'EURTAddressFrozen', args: [recipient] });
    expect(transfers.transition).toHaveBeenCalledWith(
      member,
      'failed',
      { reason: "The recipient's account is frozen.", reasonCode: 'RECIPIENT_FROZEN' },
      expect.any(Array),
      expect.any(Array),
    );
    expect(spending.release).toHaveBeenCalledWith('alice', 100n);
  });

  it('behavior: an authorization already used on chain means the money moved: completed, not failed', async () => {
    const member = transfer('t1', 'transfer:t1:single');
    const { outcomes, transfers } = setup([member], true);
    await outcomes.failed('transfer:t1:single', { name: 'EURTAuthorizationUsed', args: [] });
    expect(transfers.transition).toHaveBeenCalledWith(member, 'completed', {}, expect.any(Array), expect.any(Array));
  });

  it('behavior: an outcome for a transfer that already moved on does nothing', async () => {
    const member = { ...transfer('t1', 'transfer:t1:single'), status: 'completed' as const };
    const { outcomes, transfers } = setup([member]);
    await outcomes.confirmed('transfer:t1:single', '0xhash');
    expect(transfers.transition).not.toHaveBeenCalled();
  });
});
