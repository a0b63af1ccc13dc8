import { jest } from '@jest/globals';
import type { QueryBus } from '@nestjs/cqrs';
import type { WriteItem } from '../../../../data/index.js';
import type { Transfer } from '../../../domain/transfer.js';
import type { Withdrawal } from '../../../domain/withdrawal.js';
import type { SpendingRepository, SpendingSnapshot } from '../../../infrastructure/persistence/spending.repository.js';
import type { TransferRepository } from '../../../infrastructure/persistence/transfer.repository.js';
import type { WithdrawalRepository } from '../../../infrastructure/persistence/withdrawal.repository.js';
import type { TokenizerConfig } from '../../../tokenizer.config.js';
import { SpendingLimits } from '../../reservations/spending-limits.js';
import { SpendingReservation } from '../../reservations/spending-reservation.js';
import type { DailySpendRepository } from '../../../infrastructure/persistence/daily-spend.repository.js';
import type { AccountState, TokenReader } from '../../token-reader.js';
import type { WalletDirectory } from '../../transfers/wallet-directory.js';
import { RequestWithdrawalCommand } from './request-withdrawal.command.js';
import { RequestWithdrawalHandler } from './request-withdrawal.handler.js';
import type { WithdrawalApprovals } from '../../withdrawals/withdrawal-approvals.js';
import type { WithdrawalProcessor } from '../../withdrawals/withdrawal-processor.js';

const WALLET = '0x1111111111111111111111111111111111111111';
const account = (balance: bigint): AccountState => ({ balance, held: 0n, frozen: 0n, verifiedUntil: 4_000_000_000n, addressFrozen: false });

/**
 * Alice had 100.00 and sent 60.00: the chain settled the transfer (her balance is 40.00) but its
 * reservation is not released yet (60.00 still reserved).
 */
function setup() {
  const created: Withdrawal[] = [];
  const withdrawals = {
    get: jest.fn(async () => undefined),
    listPendingOf: jest.fn(async () => []),
    create: jest.fn(async (withdrawal: Withdrawal, writes: WriteItem[]) => {
      created.push(withdrawal);
      expect(writes).toHaveLength(2);
      return withdrawal;
    }),
  } as unknown as WithdrawalRepository;
  const snapshot: SpendingSnapshot = { reserved: 6000n, releases: 3, daily: { dailyTransfer: 0n, dailyWithdrawal: 0n } };
  const reserve = jest.fn((_customerId: string, _amount: bigint, _seen: SpendingSnapshot, room: bigint) => ({ room }) as unknown as WriteItem);
  const spending = { snapshot: jest.fn(async () => snapshot), reserve, reserved: () => undefined, forget: () => undefined } as unknown as SpendingRepository;
  const settledTransfer = { id: 't1', senderId: 'alice', amount: 6000n, status: 'submitted', authorizationNonce: `0x${'01'.repeat(32)}` } as Transfer;
  const transfers = { listOutgoingOpen: jest.fn(async () => [settledTransfer]) } as unknown as TransferRepository;
  const tokens = {
    accountState: jest.fn(async () => account(4000n)),
    head: jest.fn(async () => 100n),
    authorizationUsed: jest.fn(async () => true),
    paused: jest.fn(async () => false),
  } as unknown as TokenReader;
  const directory = { walletOf: jest.fn(async () => ({ address: WALLET, status: 'registered' })) } as unknown as WalletDirectory;
  const queries = { execute: jest.fn(async () => ({ id: 'account-1' })) } as unknown as QueryBus;
  const processor = { advance: jest.fn(async () => undefined) } as unknown as WithdrawalProcessor;
  const approvals = { request: jest.fn(async () => undefined) } as unknown as WithdrawalApprovals;
  const config = {
    WITHDRAWAL_APPROVAL_THRESHOLD: 1_000_000,
    WITHDRAWAL_HOLD_SECONDS: 604_800,
    WITHDRAWAL_MAX_AMOUNT: 5_000_000n,
    WITHDRAWAL_DAILY_LIMIT: 5_000_000n,
  } as TokenizerConfig;
  const daily = { entriesOf: jest.fn(async () => []), entry: jest.fn(() => ({ entry: true }) as unknown as WriteItem) } as unknown as DailySpendRepository;
  const limits = new SpendingLimits(daily, config);
  const reservation = new SpendingReservation(spending, tokens, transfers, limits, daily, withdrawals);
  const handler = new RequestWithdrawalHandler(withdrawals, reservation, limits, processor, approvals, directory, tokens, queries, config);
  const request = (amount: bigint) => handler.execute(new RequestWithdrawalCommand({ customerId: 'alice', amount, bankAccountId: 'account-1', idempotencyKey: `k-${amount}` }));
  return { request, created, reserve, processor, snapshot };
}

describe('request withdrawal', () => {
  it('behavior: right after a settled but not yet released transfer, the rest of the balance can be withdrawn exactly', async () => {
    const { request, created, reserve, processor, snapshot } = setup();
    const withdrawal = await request(4000n);
    expect(withdrawal).toMatchObject({ status: 'pending', amount: 4000n, customerId: 'alice' });
    expect(created).toHaveLength(1);
    // The settled transfer is counted once: the reservations may add up to 40.00 + 60.00.
    expect(reserve).toHaveBeenCalledWith('alice', 4000n, snapshot, 10000n, { counter: 'dailyWithdrawal', limit: 5_000_000n });
    expect(processor.advance).toHaveBeenCalledWith(withdrawal.id);
  });

  it('error: one cent more than what is left is refused before anything is recorded', async () => {
    const { request, created } = setup();
    await expect(request(4001n)).rejects.toMatchObject({ code: 'TRANSFERS.INSUFFICIENT_FUNDS' });
    expect(created).toHaveLength(0);
  });
});
