import { Injectable } from '@nestjs/common';
import { UnprocessableError } from '../../../../shared/errors/index.js';
import { DepositRepository } from '../../infrastructure/persistence/deposit.repository.js';
import { type ListingCursor, newestFirst } from '../../infrastructure/persistence/page-before.js';
import { TopUpRepository } from '../../infrastructure/persistence/topup.repository.js';
import { TransferRepository } from '../../infrastructure/persistence/transfer.repository.js';
import { WithdrawalRepository } from '../../infrastructure/persistence/withdrawal.repository.js';
import { type OperationView, depositView, topUpView, transferView, withdrawalView } from './operation-view.js';

export interface OperationPage {
  items: OperationView[];
  nextCursor: string | null;
}

/** One source of a customer's operations: up to `need` of them strictly after the cursor, newest first. */
type OperationSource = (customerId: string, cursor: ListingCursor | undefined, need: number) => Promise<OperationView[]>;

/**
 * A customer's operations of every type, newest first, merged from each type's own records (each
 * is the read model of its state machine, written with every state change). The cursor is the
 * position (createdAt, id) of the last item returned, so it works across sources.
 */
@Injectable()
export class OperationHistory {
  private readonly sources: OperationSource[];

  constructor(
    private readonly deposits: DepositRepository,
    private readonly topUps: TopUpRepository,
    private readonly transfers: TransferRepository,
    private readonly withdrawals: WithdrawalRepository,
  ) {
    this.sources = [
      async (customerId, cursor, need) => (await this.deposits.listBefore(customerId, cursor, need)).map(depositView),
      async (customerId, cursor, need) => (await this.topUps.listBefore(customerId, cursor, need)).map(topUpView),
      async (customerId, cursor, need) =>
        (await this.transfers.listFor(customerId, 'sender', cursor, need)).map((transfer) => transferView(transfer, customerId)),
      async (customerId, cursor, need) =>
        (await this.transfers.listFor(customerId, 'recipient', cursor, need)).map((transfer) => transferView(transfer, customerId)),
      async (customerId, cursor, need) => (await this.withdrawals.listBefore(customerId, cursor, need)).map(withdrawalView),
    ];
  }

  async list(customerId: string, limit: number, cursor?: string): Promise<OperationPage> {
    const after = cursor ? decodeCursor(cursor) : undefined;
    const pages = await Promise.all(this.sources.map((source) => source(customerId, after, limit + 1)));
    const unique = new Map(pages.flat().map((operation) => [operation.id, operation]));
    const merged = [...unique.values()].sort(newestFirst);
    const items = merged.slice(0, limit);
    const last = items[items.length - 1];
    return { items, nextCursor: merged.length > limit && last ? encodeCursor(last) : null };
  }

  /** One operation, if `viewerId` may see it (its owner, or anyone when `asAdmin`). */
  async get(id: string, viewerId: string, asAdmin: boolean): Promise<OperationView | undefined> {
    const deposit = await this.deposits.get(id);
    if (deposit) return deposit.customerId === viewerId || asAdmin ? depositView(deposit) : undefined;
    const topUp = await this.topUps.get(id);
    if (topUp) return topUp.customerId === viewerId || asAdmin ? topUpView(topUp) : undefined;
    const transfer = await this.transfers.get(id);
    if (transfer) return transfer.senderId === viewerId || transfer.recipientId === viewerId || asAdmin ? transferView(transfer, viewerId) : undefined;
    const withdrawal = await this.withdrawals.get(id);
    if (withdrawal && (withdrawal.customerId === viewerId || asAdmin)) return withdrawalView(withdrawal);
    return undefined;
  }
}

function encodeCursor(position: ListingCursor): string {
  return Buffer.from(JSON.stringify({ createdAt: position.createdAt, id: position.id })).toString('base64url');
}

function decodeCursor(cursor: string): ListingCursor {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<ListingCursor>;
    if (typeof parsed.createdAt === 'string' && typeof parsed.id === 'string') return { createdAt: parsed.createdAt, id: parsed.id };
  } catch {
    // falls through to the refusal
  }
  throw new UnprocessableError('OPERATIONS.INVALID_CURSOR', 'The cursor is not one this API returned.');
}
