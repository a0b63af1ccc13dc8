/** Outgoing operations that count against a customer's limits. */
export type OutgoingKind = 'transfer' | 'withdrawal';

/** The rolling window of the daily limits. */
export const DAILY_WINDOW_MS = 24 * 3600 * 1000;

/** The spending record's counter of what `kind` used in the window (see DailySpendRepository). */
export const dailyCounterOf = (kind: OutgoingKind): 'dailyTransfer' | 'dailyWithdrawal' => (kind === 'transfer' ? 'dailyTransfer' : 'dailyWithdrawal');
