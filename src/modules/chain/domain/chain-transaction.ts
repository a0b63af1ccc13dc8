/** queued -> signed -> broadcast -> mined -> confirmed; or failed (reverted or refused before signing). */
export type ChainTransactionStatus = 'queued' | 'signed' | 'broadcast' | 'mined' | 'confirmed' | 'failed';

export const OPEN_STATUSES: readonly ChainTransactionStatus[] = ['queued', 'signed', 'broadcast', 'mined'];

export interface ChainTransactionView {
  key: string;
  status: ChainTransactionStatus;
  hash?: string;
  blockNumber?: string;
  errorName?: string;
  error?: string;
}
