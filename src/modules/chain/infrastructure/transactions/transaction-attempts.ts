import type { ChainTransactionRecord } from '../persistence/chain-transaction.model.js';

/** One signed version of a chain transaction record: replaced for a fee bump, displaced when its nonce was taken. */
export interface TransactionAttempt {
  hash: string;
  nonce: number;
  maxFeePerGas?: string;
  maxPriorityFeePerGas?: string;
  sentAt?: string;
  endedAt: string;
  outcome: 'displaced' | 'replaced';
}

export function attemptsOf(record: Pick<ChainTransactionRecord, 'attempts'>): TransactionAttempt[] {
  return record.attempts ? (JSON.parse(record.attempts) as TransactionAttempt[]) : [];
}

/** The record's attempts (JSON) with its current signed version appended as ended. */
export function appendAttempt(record: ChainTransactionRecord, outcome: TransactionAttempt['outcome'], endedAt: string): string {
  const current: TransactionAttempt = {
    hash: record.hash as string,
    nonce: record.nonce as number,
    ...(record.maxFeePerGas ? { maxFeePerGas: record.maxFeePerGas, maxPriorityFeePerGas: record.maxPriorityFeePerGas } : {}),
    ...(record.sentAt ? { sentAt: record.sentAt } : {}),
    endedAt,
    outcome,
  };
  return JSON.stringify([...attemptsOf(record), current]);
}
