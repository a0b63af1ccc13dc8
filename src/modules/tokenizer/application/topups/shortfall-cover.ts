import { Injectable } from '@nestjs/common';
import type { WriteItem } from '../../../data/index.js';
import type { TopUp } from '../../domain/topup.js';
import { TopUpRepository } from '../../infrastructure/persistence/topup.repository.js';

export interface ShortfallCover {
  /** Cents of the credit booked against the customer's open shortfalls. */
  covered: bigint;
  /** The top-ups' conditional updates (each shortfall shrunk), to commit with the deposit's own move. */
  writes: WriteItem[];
  topUpIds: string[];
}

/** The shortfall of a top-up not already being recovered by a burn. */
const openShortfallOf = (topUp: TopUp) =>
  (topUp.shortfall ?? 0n) - (topUp.shortfallRecoveries ?? []).filter((recovery) => recovery.status === 'burning').reduce((sum, recovery) => sum + recovery.amount, 0n);

/**
 * While a customer owes a chargeback shortfall the reserve has no headroom for their credit: a
 * SEPA credit pays the shortfall first (oldest first) and only the rest is minted. The cover is a
 * plan of conditional top-up updates that commits in the same DynamoDB transaction as the
 * deposit's move out of `received`: both happen once, or neither (a top-up that changed meanwhile
 * fails the transaction and the deposit is matched again).
 */
@Injectable()
export class ShortfallCovers {
  constructor(private readonly topUps: TopUpRepository) {}

  async plan(customerId: string, amount: bigint): Promise<ShortfallCover> {
    const owing = (await this.topUps.listByCustomer(customerId)).filter((topUp) => openShortfallOf(topUp) > 0n).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const cover: ShortfallCover = { covered: 0n, writes: [], topUpIds: [] };
    // A DynamoDB transaction holds 100 items: the deposit, its events and at most this many top-ups.
    for (const topUp of owing.slice(0, 20)) {
      const share = amount - cover.covered < openShortfallOf(topUp) ? amount - cover.covered : openShortfallOf(topUp);
      if (share <= 0n) break;
      cover.writes.push(this.topUps.transitionWrite(topUp, topUp.status, { shortfall: (topUp.shortfall ?? 0n) - share }));
      cover.topUpIds.push(topUp.id);
      cover.covered += share;
    }
    return cover;
  }
}
