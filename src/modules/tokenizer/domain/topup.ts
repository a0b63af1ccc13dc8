import type { StatusChange } from './deposit.js';

/**
 * A card top-up: created (the card payment exists at the acquirer) -> authorized (captured) ->
 * minting -> completed; or declined. Afterwards a refund (the platform's or the acquirer's) or a
 * chargeback takes the tokens back: refunding / charging_back (burn, then settle with the
 * acquirer) -> refunded / charged_back. The acquirer's current payment status drives every step,
 * so webhooks may arrive late, twice or out of order.
 */
export type TopUpStatus = 'created' | 'authorized' | 'minting' | 'completed' | 'declined' | 'refunding' | 'refunded' | 'charging_back' | 'charged_back';

export const OPEN_TOPUP_STATUSES: readonly TopUpStatus[] = ['created', 'authorized', 'minting', 'refunding', 'charging_back'];
/** Card money at the acquirer that is not (or no longer) tokens. */
export const UNMINTED_TOPUP_STATUSES: readonly TopUpStatus[] = ['authorized', 'minting', 'refunding'];

export interface TopUp {
  id: string;
  customerId: string;
  walletAddress: string;
  amount: bigint;
  currency: string;
  paymentId?: string;
  status: TopUpStatus;
  reason?: string;
  /** Reversal: what is burned from the customer (their spendable balance, at most the amount). */
  burnAmount?: bigint;
  /**
   * Reversal: what could not be burned because the spendable balance was short. Flagged: the
   * wallet is frozen and the amount stays unbacked until an operator recovers it.
   */
  shortfall?: bigint;
  /** Operators' recoveries of the shortfall (each a burn of the customer's later credits, after approval). */
  shortfallRecoveries?: ShortfallRecovery[];
  /** Shortfall the platform wrote off (treasury, maker-checker): its own loss, no longer owed by the customer. */
  shortfallWriteOffs?: ShortfallWriteOff[];
  history: StatusChange[];
  createdAt: string;
  updatedAt: string;
}

export const topUpMintKeyOf = (id: string) => `topup:${id}:mint`;
export const topUpBurnKeyOf = (id: string) => `topup:${id}:burn`;
export const topUpFreezeKeyOf = (id: string) => `topup:${id}:freeze`;
export const topUpIdOfChainKey = (key: string) => /^topup:(.+):(mint|burn|freeze)$/.exec(key)?.[1];

/** One approved recovery of a flagged shortfall: burning (sent), then recovered (the shortfall shrinks) or failed. */
export interface ShortfallRecovery {
  approvalId: string;
  amount: bigint;
  status: 'burning' | 'recovered' | 'failed';
}

/** One approved write-off of a flagged shortfall: recorded once (by its approval), with the approval's reason. */
export interface ShortfallWriteOff {
  approvalId: string;
  amount: bigint;
  reason: string;
  requestedBy: string;
  approvedBy: string;
  at: string;
}

/** What the platform wrote off of the top-up's shortfall, in cents. */
export const writtenOffOf = (topUp: Pick<TopUp, 'shortfallWriteOffs'>) => (topUp.shortfallWriteOffs ?? []).reduce((sum, writeOff) => sum + writeOff.amount, 0n);

export const shortfallRecoveryKeyOf = (topUpId: string, approvalId: string) => `shortfall:${topUpId}:${approvalId}`;
export function recoveryOfChainKey(key: string): { topUpId: string; approvalId: string } | undefined {
  const match = /^shortfall:(.+):([0-9a-f-]{36})$/.exec(key);
  return match ? { topUpId: match[1], approvalId: match[2] } : undefined;
}
