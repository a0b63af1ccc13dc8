import type { StatusChange } from './deposit.js';

/**
 * Money out to the customer's own IBAN: awaiting_approval (above the four-eyes threshold) ->
 * pending (amount reserved; the hold is being put on chain) -> funds_held (on hold, not spendable;
 * the payout is being sent) -> payout_sent -> completed (payout settled, hold executed: burned).
 * A payout the bank rejects or returns goes payout_failed -> released (the hold is released, the
 * customer has the money back). failed: the hold was refused on chain; rejected: an admin said no.
 * A return after settlement (pacs.004) is a new linked operation (kind `return`, crediting ->
 * completed), never an edit of the completed withdrawal.
 */
export type WithdrawalStatus =
  | 'awaiting_approval'
  | 'pending'
  | 'funds_held'
  | 'payout_sent'
  | 'completed'
  | 'payout_failed'
  | 'released'
  | 'failed'
  | 'rejected'
  | 'crediting';

export const OPEN_WITHDRAWAL_STATUSES: readonly WithdrawalStatus[] = ['awaiting_approval', 'pending', 'funds_held', 'payout_sent', 'payout_failed', 'crediting'];

export interface Withdrawal {
  id: string;
  kind: 'withdrawal' | 'return';
  customerId: string;
  walletAddress: string;
  bankAccountId: string;
  amount: bigint;
  currency: string;
  status: WithdrawalStatus;
  reason?: string;
  /** The customer who asked, and the admin who approved it above the threshold (never the same person). */
  requestedBy: string;
  approvedBy?: string;
  /** The hold's parameters, fixed at creation so a signature made again after a crash is the same. */
  holdId: `0x${string}`;
  holdExpiresAt: number;
  holdDeadline: number;
  /** The bank settled the payout: what is left is burning the hold. */
  payoutSettled?: boolean;
  endToEndId?: string;
  /** A return after settlement: the completed withdrawal it credits back. */
  returnOf?: string;
  history: StatusChange[];
  createdAt: string;
  updatedAt: string;
}

export const payoutIdOf = (withdrawalId: string) => `withdrawal:${withdrawalId}`;
export const withdrawalIdOfPayout = (payoutId: string) => /^withdrawal:(.+)$/.exec(payoutId)?.[1];

export type WithdrawalStep = 'hold' | 'burn' | 'release' | 'credit';
export const chainKeyOf = (withdrawalId: string, step: WithdrawalStep) => `withdrawal:${withdrawalId}:${step}`;
export function stepOfChainKey(key: string): { withdrawalId: string; step: WithdrawalStep } | undefined {
  const match = /^withdrawal:(.+):(hold|burn|release|credit)$/.exec(key);
  return match ? { withdrawalId: match[1], step: match[2] as WithdrawalStep } : undefined;
}
