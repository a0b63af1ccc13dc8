import { jest } from '@jest/globals';
import type { Transfer, TransferStatus } from '../../../domain/transfer.js';
import type { TransferRepository } from '../../../infrastructure/persistence/transfer.repository.js';
import type { TokenizerConfig } from '../../../tokenizer.config.js';
import type { SpendingReservation } from '../../reservations/spending-reservation.js';
import { SpendingLimits } from '../../reservations/spending-limits.js';
import type { DailySpendRepository } from '../../../infrastructure/persistence/daily-spend.repository.js';
import type { AccountState, TokenReader } from '../../token-reader.js';
import type { NonceAllocator } from '../../transfers/nonce-allocator.js';
import type { RecipientResolver } from '../../transfers/recipient-resolver.js';
import type { TransferSigner } from '../../transfers/transfer-signer.js';
import type { WalletDirectory } from '../../transfers/wallet-directory.js';
import { RequestTransferCommand } from './request-transfer.command.js';
import { RequestTransferHandler } from './request-transfer.handler.js';

const ALICE = '0x1111111111111111111111111111111111111111';
const BOB = '0x2222222222222222222222222222222222222222';
const verified: AccountState = { balance: 0n, held: 0n, frozen: 0n, verifiedUntil: 4_000_000_000n, addressFrozen: false };

/** The reservation answers with the transfer on record: new (pending), or the one a lost answer left further along. */
function setup(onRecord: TransferStatus) {
  const reservation = {
    reserveAndRecord: jest.fn(async (operation: { operationId: string; amount: bigint }) => ({ id: operation.operationId, amount: operation.amount, status: onRecord }) as Transfer),
  } as unknown as SpendingReservation;
  const config = { TRANSFER_MAX_AMOUNT: 5_000_000n, TRANSFER_DAILY_LIMIT: 5_000_000n, TRANSFER_AUTHORIZATION_TTL_SECONDS: 3600 } as TokenizerConfig;
  const limits = new SpendingLimits({ entriesOf: async () => [] } as unknown as DailySpendRepository, config);
  const recipients = { resolve: jest.fn(async () => ({ customerId: 'bob', wallet: { address: BOB } })) } as unknown as RecipientResolver;
  const tokens = { paused: jest.fn(async () => false), accountState: jest.fn(async () => verified) } as unknown as TokenReader;
  const signer = { signAndQueue: jest.fn(async (transfer: Transfer) => transfer) } as unknown as TransferSigner;
  const directory = { walletOf: jest.fn(async () => ({ address: ALICE, status: 'registered' })) } as unknown as WalletDirectory;
  const nonces = { next: jest.fn(async () => `0x${'00'.repeat(31)}07`) } as unknown as NonceAllocator;
  const handler = new RequestTransferHandler({} as TransferRepository, reservation, limits, recipients, tokens, signer, directory, nonces, config);
  const request = () => handler.execute(new RequestTransferCommand({ senderId: 'alice', to: { email: 'bob@example.com' }, amount: 2474n, idempotencyKey: 'k-1' }));
  return { request, signer };
}

describe('request transfer', () => {
  it('behavior: a new transfer is signed and queued for settlement', async () => {
    const { request, signer } = setup('pending');
    const transfer = await request();
    expect(transfer.status).toBe('pending');
    expect(signer.signAndQueue).toHaveBeenCalledWith(transfer);
  });

  it.each(['submitted', 'completed', 'failed'] as const)('behavior: a retry answered with a transfer already %s leaves it alone: it is not signed or queued again', async (status) => {
    const { request, signer } = setup(status);
    const transfer = await request();
    expect(transfer.status).toBe(status);
    expect(signer.signAndQueue).not.toHaveBeenCalled();
  });
});
