/**
 * A bank credit turned into tokens: received -> minting -> completed; or suspense (the credit
 * cannot be matched to a verified, unfrozen customer). From suspense an operator assigns it to a
 * customer (-> minting) or returns it to the sender (-> returning -> returned; a return the
 * sender's bank refuses comes back to suspense).
 */
export type DepositStatus = 'received' | 'minting' | 'completed' | 'suspense' | 'returning' | 'returned';

export const OPEN_DEPOSIT_STATUSES: readonly DepositStatus[] = ['received', 'minting', 'returning'];
/** Money on the omnibus account that is not tokens. */
export const UNMINTED_DEPOSIT_STATUSES: readonly DepositStatus[] = ['received', 'minting', 'suspense'];

export type SuspenseReason = 'UNKNOWN_REFERENCE' | 'NOT_VERIFIED' | 'IDENTITY_PENDING' | 'FROZEN' | 'MINT_REFUSED' | 'RETURN_FAILED';

export type { StatusChange } from '../../../shared/state-machine/index.js';
import type { StatusChange } from '../../../shared/state-machine/index.js';

export interface Deposit {
  /** The bank's transaction id: one deposit per credit, however often it is delivered. */
  id: string;
  customerId?: string;
  walletAddress?: string;
  amount: bigint;
  currency: string;
  reference: string;
  status: DepositStatus;
  reason?: string;
  /**
   * What of the credit paid the customer's open chargeback shortfall (booked in the same write that
   * matched the deposit); only the rest is minted, or returned, or waits in suspense.
   */
  shortfallCovered?: bigint;
  history: StatusChange[];
  createdAt: string;
  updatedAt: string;
}

/** The part of the credit that becomes tokens: the amount less what covered a shortfall. */
export const mintableOf = (deposit: Pick<Deposit, 'amount' | 'shortfallCovered'>) => deposit.amount - (deposit.shortfallCovered ?? 0n);

export const mintKeyOf = (depositId: string) => `deposit:${depositId}:mint`;
export const depositIdOfMintKey = (key: string) => /^deposit:(.+):mint$/.exec(key)?.[1];
/** One payout id per return attempt: a return refused by the sender's bank may be tried again. */
export const returnPayoutIdOf = (deposit: Deposit) => `deposit-return:${deposit.id}:${deposit.history.filter((change) => change.status === 'returning').length}`;
export const depositIdOfReturnPayout = (payoutId: string) => /^deposit-return:(.+):\d+$/.exec(payoutId)?.[1];
