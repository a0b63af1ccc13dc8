/**
 * A bank credit turned into tokens: received -> minting -> completed; or suspense (the credit
 * cannot be matched to a verified customer) and, later, returned to the sender.
 */
export type DepositStatus = 'received' | 'minting' | 'completed' | 'suspense' | 'returned';

export const OPEN_DEPOSIT_STATUSES: readonly DepositStatus[] = ['received', 'minting'];

export interface StatusChange {
  status: string;
  at: string;
  reason?: string;
}

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
  history: StatusChange[];
  createdAt: string;
  updatedAt: string;
}

export const mintKeyOf = (depositId: string) => `deposit:${depositId}:mint`;
export const attestKeyOf = (depositId: string) => `deposit:${depositId}:attest`;
export const depositIdOfMintKey = (key: string) => /^deposit:(.+):mint$/.exec(key)?.[1];
