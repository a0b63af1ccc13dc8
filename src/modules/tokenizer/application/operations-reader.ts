import { Injectable } from '@nestjs/common';
import type { Deposit } from '../domain/deposit.js';
import type { TopUp } from '../domain/topup.js';
import { DepositRepository } from '../infrastructure/deposit.repository.js';
import { TopUpRepository } from '../infrastructure/topup.repository.js';

export type Operation = ({ type: 'deposit' } & Deposit) | ({ type: 'topup' } & TopUp);

export interface OperationPage {
  items: Operation[];
  nextCursor: string | null;
}

/**
 * A customer's deposits and top-ups as one list, newest first. The cursor is the position of the
 * last item returned (createdAt and id), so pages stay stable while new operations arrive.
 */
@Injectable()
export class OperationsReader {
  constructor(
    private readonly deposits: DepositRepository,
    private readonly topUps: TopUpRepository,
  ) {}

  async page(customerId: string, limit: number, cursor?: string): Promise<OperationPage> {
    const [deposits, topUps] = await Promise.all([this.deposits.listAllByCustomer(customerId), this.topUps.listByCustomer(customerId)]);
    const all: Operation[] = [
      ...deposits.map((deposit) => ({ type: 'deposit' as const, ...deposit })),
      ...topUps.map((topUp) => ({ type: 'topup' as const, ...topUp })),
    ].sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id));
    const after = cursor ? decodeCursor(cursor) : undefined;
    const start = after ? all.findIndex((op) => op.createdAt < after.createdAt || (op.createdAt === after.createdAt && op.id < after.id)) : 0;
    const items = start < 0 ? [] : all.slice(start, start + limit);
    const last = items.at(-1);
    const more = start >= 0 && start + limit < all.length;
    return { items, nextCursor: more && last ? Buffer.from(JSON.stringify({ createdAt: last.createdAt, id: last.id })).toString('base64url') : null };
  }

  async get(id: string): Promise<Operation | undefined> {
    const deposit = await this.deposits.get(id);
    if (deposit) return { type: 'deposit', ...deposit };
    const topUp = await this.topUps.get(id);
    return topUp ? { type: 'topup', ...topUp } : undefined;
  }
}

function decodeCursor(cursor: string): { createdAt: string; id: string } | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { createdAt?: unknown; id?: unknown };
    return typeof parsed.createdAt === 'string' && typeof parsed.id === 'string' ? { createdAt: parsed.createdAt, id: parsed.id } : undefined;
  } catch {
    return undefined;
  }
}
