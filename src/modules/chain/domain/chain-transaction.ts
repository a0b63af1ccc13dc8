import type { ContractRevert } from './contract-revert.js';

/**
 * queued -> signed -> broadcast -> confirmed; or failed (reverted or refused before signing).
 * A mint request goes queued -> batched (part of a batchMint transaction) -> confirmed/failed with its batch.
 */
export type ChainTransactionStatus = 'queued' | 'batched' | 'signed' | 'broadcast' | 'confirmed' | 'failed';

export interface ChainTransactionView {
  key: string;
  status: ChainTransactionStatus;
  hash?: string;
  blockNumber?: string;
  /** Failed with a custom error of the platform's contracts: which, and its arguments. */
  revert?: ContractRevert;
  /** Failed: why, for people and logs (`EURTAddressFrozen(0x…)`, or the node's message). */
  error?: string;
  /** For a mint request: the batch transaction that carried it. */
  batchKey?: string;
}
