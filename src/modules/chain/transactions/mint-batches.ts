import { type Address, type Hex, encodeFunctionData } from 'viem';
import { euroTokenAbi } from '../contracts/generated/index.js';
import type { ChainTransactionRecord } from './chain-transaction.model.js';

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

export function queuedMintOf(record: ChainTransactionRecord): QueuedMint {
  return { key: record.key, recipient: record.recipient as Address, amount: BigInt(record.amount ?? '0'), solo: Boolean(record.solo) };
}

/** The next batch: a lone request whose batch reverted, or every other pending request up to the cap. */
export function nextBatch(pending: QueuedMint[]): QueuedMint[] {
  if (pending.length === 0) return [];
  if (pending[0].solo) return [pending[0]];
  return pending.filter((mint) => !mint.solo).slice(0, MAX_MINTS_PER_BATCH);
}

/** `mint` for one request (cheaper), `batchMint` for several: all or nothing on chain. */
export function batchCalldata(members: QueuedMint[]): Hex {
  if (members.length === 1) {
    return encodeFunctionData({ abi: euroTokenAbi, functionName: 'mint', args: [members[0].recipient, members[0].amount] });
  }
  return encodeFunctionData({
    abi: euroTokenAbi,
    functionName: 'batchMint',
    args: [members.map((mint) => mint.recipient), members.map((mint) => mint.amount)],
  });
}

export function attestCalldata(reserve: bigint): Hex {
  return encodeFunctionData({ abi: euroTokenAbi, functionName: 'attestReserve', args: [reserve] });
}

export function mintCalldata(to: Address, amount: bigint): Hex {
  return encodeFunctionData({ abi: euroTokenAbi, functionName: 'mint', args: [to, amount] });
}

export function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, index * size + size));
}
