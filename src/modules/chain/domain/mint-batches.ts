import type { Address, Hex } from 'viem';
import { batchMint } from './actions/batch-mint.js';
import { mint } from './actions/mint.js';

/**
 * A batch carries at most this many mint requests: its creation writes the batch, its attestation
 * and every member in one DynamoDB transaction (100 items at most); ~10k gas per entry on chain.
 */
export const MAX_MINTS_PER_BATCH = 90;
/** Members settled per DynamoDB transaction: an update and an outbox event each. */
export const MEMBERS_PER_SETTLEMENT = 45;

export const batchKeyOf = (id: string) => `mint-batch:${id}`;
export const attestKeyOf = (batchKey: string) => `${batchKey}:attest`;

export interface QueuedMint {
  key: string;
  recipient: Address;
  amount: bigint;
  solo: boolean;
}

/** A mint request as recorded (amount as a decimal string). */
export function queuedMintOf(record: { key: string; recipient?: string; amount?: string; solo?: boolean }): QueuedMint {
  return { key: record.key, recipient: record.recipient as Address, amount: BigInt(record.amount ?? '0'), solo: Boolean(record.solo) };
}

/** The next batch: a lone request whose batch reverted, or every other pending request up to the cap. */
export function nextBatch<Request extends { solo: boolean }>(pending: Request[], cap = MAX_MINTS_PER_BATCH): Request[] {
  if (pending.length === 0) return [];
  if (pending[0].solo) return [pending[0]];
  return pending.filter((request) => !request.solo).slice(0, cap);
}

/** `mint` for one request (cheaper), `batchMint` for several: all or nothing on chain. */
export function batchCalldata(members: QueuedMint[]): Hex {
  const mints = members.map((member) => ({ to: member.recipient, amount: member.amount }));
  return mints.length === 1 ? mint(mints[0]).data : batchMint(mints).data;
}

export function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));
}
