import { jest } from '@jest/globals';
import type { WriteItem } from '../../../data/index.js';
import type { Transfer } from '../../domain/transfer.js';
import type { DailySpendRepository } from '../../infrastructure/persistence/daily-spend.repository.js';
import type { SpendingRepository, SpendingSnapshot } from '../../infrastructure/persistence/spending.repository.js';
import type { TransferRepository } from '../../infrastructure/persistence/transfer.repository.js';
import type { WithdrawalRepository } from '../../infrastructure/persistence/withdrawal.repository.js';
import type { Withdrawal } from '../../domain/withdrawal.js';
import type { TokenizerConfig } from '../../tokenizer.config.js';
import type { AccountState, TokenReader } from '../token-reader.js';
import { SpendingLimits } from './spending-limits.js';
import { SpendingReservation } from './spending-reservation.js';

const WALLET = '0x1111111111111111111111111111111111111111';
const account = (balance: bigint): AccountState => ({ balance, held: 0n, frozen: 0n, verifiedUntil: 4_000_000_000n, addressFrozen: false });
const snapshotOf = (reserved: bigint, releases: number): SpendingSnapshot => ({ reserved, releases, daily: { dailyTransfer: 0n, dailyWithdrawal: 0n } });

/**
 * Frank had 100.00 with 60.00 reserved for a transfer. Right after his reservations are read, the
 * chain settles that transfer and its reservation is released: the chain shows 40.00 and the open
 * transfers no longer list it. Asking for the 40.00 that is left reads the record as it was before
 * the release (60.00 reserved), the chain as it is after.
 */
function setup(recordAfterRelease: SpendingSnapshot) {
  const beforeRelease = snapshotOf(6000n, 3);
  const snapshot = jest.fn(async (_customerId: string, _fresh?: boolean) => beforeRelease);
  snapshot.mockResolvedValueOnce(beforeRelease).mockResolvedValue(recordAfterRelease);
  const reserve = jest.fn((_customerId: string, _amount: bigint, _seen: SpendingSnapshot, room: bigint) => ({ room }) as unknown as WriteItem);
  const spending = { snapshot, reserve, reserved: () => undefined, forget: () => undefined } as unknown as SpendingRepository;
  const transfers = { listOutgoingOpen: jest.fn(async (): Promise<Transfer[]> => []) } as unknown as TransferRepository;
  const tokens = { accountState: jest.fn(async () => account(4000n)), head: jest.fn(async () => 100n), authorizationUsed: jest.fn(async () => true) } as unknown as TokenReader;
  const daily = { entriesOf: jest.fn(async () => []), entry: jest.fn(() => ({ entry: true }) as unknown as WriteItem) } as unknown as DailySpendRepository;
  const config = { TRANSFER_MAX_AMOUNT: 1_000_000n, TRANSFER_DAILY_LIMIT: 1_000_000n, WITHDRAWAL_MAX_AMOUNT: 1_000_000n, WITHDRAWAL_DAILY_LIMIT: 1_000_000n } as TokenizerConfig;
  const withdrawals = { listPendingOf: jest.fn(async (): Promise<Withdrawal[]> => []) } as unknown as WithdrawalRepository;
  const reservation = new SpendingReservation(spending, tokens, transfers, new SpendingLimits(daily, config), daily, withdrawals);
  const recorded: WriteItem[][] = [];
  const reserveAndRecord = (amount: bigint, kind: 'transfer' | 'withdrawal' = 'transfer') =>
    reservation.reserveAndRecord({
      kind,
      operationId: `op-${amount}`,
      customerId: 'frank',
      wallet: WALLET,
      amount,
      record: async (writes) => {
        recorded.push(writes);
        return 'recorded';
      },
      recorded: async () => undefined,
    });
  return { reserveAndRecord, reserve, snapshot, recorded, tokens, withdrawals };
}

describe('spending reservation', () => {
  it('behavior: a release between the read of the reservations and the read of the chain does not refuse what is affordable', async () => {
    const { reserveAndRecord, reserve, recorded } = setup(snapshotOf(0n, 4));
    await expect(reserveAndRecord(4000n)).resolves.toBe('recorded');
    expect(recorded).toHaveLength(1);
    // Reserved against the record as it is after the release, within the 40.00 the chain shows.
    expect(reserve).toHaveBeenCalledTimes(1);
    expect(reserve).toHaveBeenCalledWith('frank', 4000n, snapshotOf(0n, 4), 4000n, { counter: 'dailyTransfer', limit: 1_000_000n });
  });

  it('behavior: a withdrawal whose hold the chain placed, not yet recorded as held, is counted once', async () => {
    // Frank withdraws 60.00 of his 100.00: the hold is on chain (60.00 held), the reservation still stands.
    const { reserveAndRecord, reserve, tokens, withdrawals } = setup(snapshotOf(6000n, 3));
    const heldOnChain = { ...account(10000n), held: 6000n };
    (tokens.accountState as jest.Mock<() => Promise<AccountState>>).mockResolvedValue(heldOnChain);
    (withdrawals.listPendingOf as jest.Mock<() => Promise<Withdrawal[]>>).mockResolvedValue([{ id: 'w1', amount: 6000n, status: 'pending', holdId: `0x${'02'.repeat(32)}` } as Withdrawal]);
    const holdOpen = jest.fn(async () => true);
    Object.assign(tokens, { holdOpen });
    await expect(reserveAndRecord(4000n, 'withdrawal')).resolves.toBe('recorded');
    expect(holdOpen).toHaveBeenCalledWith(WALLET, `0x${'02'.repeat(32)}`, 100n);
    expect(reserve).toHaveBeenCalledWith('frank', 4000n, snapshotOf(6000n, 3), 10000n, { counter: 'dailyWithdrawal', limit: 1_000_000n });
    // Once the hold is released (not placed), the 60.00 is only reserved: 40.00 more does not fit beside another 0.01.
    holdOpen.mockResolvedValue(false);
    (tokens.accountState as jest.Mock<() => Promise<AccountState>>).mockResolvedValue(account(10000n));
    await expect(reserveAndRecord(4001n, 'withdrawal')).rejects.toMatchObject({ code: 'TRANSFERS.INSUFFICIENT_FUNDS' });
  });

  it('error: when nothing was released meanwhile, the refusal stands and nothing is recorded', async () => {
    const { reserveAndRecord, recorded, snapshot } = setup(snapshotOf(6000n, 3));
    await expect(reserveAndRecord(4000n)).rejects.toMatchObject({ code: 'TRANSFERS.INSUFFICIENT_FUNDS' });
    expect(recorded).toHaveLength(0);
    // One read to decide, one to check that the record held still.
    expect(snapshot).toHaveBeenCalledTimes(2);
  });
});
