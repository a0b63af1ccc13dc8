/**
 * queued -> signed -> broadcast -> mined -> confirmed; or failed (reverted or refused before signing).
 * A mint request goes queued -> batched (part of a batchMint transaction) -> confirmed/failed with its batch.
 */
export type ChainTransactionStatus = 'queued' | 'batched' | 'signed' | 'broadcast' | 'mined' | 'confirmed' | 'failed';

export const OPEN_STATUSES: readonly ChainTransactionStatus[] = ['queued', 'batched', 'signed', 'broadcast', 'mined'];

export interface ChainTransactionView {
  key: string;
  status: ChainTransactionStatus;
  hash?: string;
  blockNumber?: string;
  errorName?: string;
  error?: string;
  /** For a mint request: the batch transaction that carried it. */
  batchKey?: string;
}
