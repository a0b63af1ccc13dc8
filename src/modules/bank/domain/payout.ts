/**
 * A payout from the omnibus account, as the platform tracks it: requested (recorded before the
 * bank is asked) -> sent (the bank debited the account) -> settled, or returned (the creditor's
 * bank sent it back; the amount is on the omnibus account again). Notifications arrive in any
 * order (a `payout.settled` before its `payout.sent`): the states only move forward.
 */
export type PayoutStatus = 'requested' | 'sent' | 'settled' | 'returned';

export const PAYOUT_STATUS_RANK: Record<PayoutStatus, number> = { requested: 0, sent: 1, settled: 2, returned: 2 };

export interface Payout {
  payoutId: string;
  amount: bigint;
  reference: string;
  status: PayoutStatus;
  endToEndId?: string;
  reason?: string;
  createdAt: string;
  updatedAt: string;
}

/** Who receives a payout: an IBAN and name, or the sender of an incoming credit (a return). */
export type PayoutCreditor = { iban: string; name: string } | { returnOfCredit: string };
