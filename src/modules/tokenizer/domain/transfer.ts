import type { StatusChange } from './deposit.js';

/**
 * A payment from one customer to another: pending (funds reserved, authorization signed) ->
 * submitted (in a relayed chain transaction) -> completed; or failed, with a reason.
 * Movements the platform did not start (seen on chain by the indexer) are recorded as completed
 * transfers with origin `chain`.
 */
export type TransferStatus = 'pending' | 'submitted' | 'completed' | 'failed';

export const OPEN_TRANSFER_STATUSES: readonly TransferStatus[] = ['pending', 'submitted'];

/**
 * Where a transfer may go: completed and failed are final (each released the reservation once).
 * Pending may complete directly when its authorization was found used on chain already.
 */
export const TRANSFER_MOVES: Partial<Record<TransferStatus, readonly TransferStatus[]>> = {
  pending: ['submitted', 'completed', 'failed'],
  submitted: ['submitted', 'completed', 'failed'],
};

export type TransferOrigin = 'platform' | 'chain';

/** How the sender named the recipient. */
export type TransferRecipient = { email: string } | { phone: string } | { address: string };

export interface Transfer {
  id: string;
  origin: TransferOrigin;
  senderId?: string;
  senderWallet: string;
  recipientId?: string;
  recipientWallet: string;
  amount: bigint;
  currency: string;
  /** Only the sender's own records carry it (decrypted). */
  to?: TransferRecipient;
  note?: string;
  status: TransferStatus;
  reason?: string;
  reasonCode?: TransferFailureCode;
  /** EIP-3009 authorization: the sender's nonce and expiry; the signature once custody signed. */
  authorizationNonce?: `0x${string}`;
  validBefore?: number;
  signature?: `0x${string}`;
  /** The chain transaction (SendChainActionCommand key) that settles it. */
  chainKey?: string;
  transactionHash?: string;
  history: StatusChange[];
  createdAt: string;
  updatedAt: string;
}

export type TransferFailureCode =
  | 'INSUFFICIENT_FUNDS'
  | 'SENDER_NOT_VERIFIED'
  | 'RECIPIENT_NOT_VERIFIED'
  | 'SENDER_FROZEN'
  | 'RECIPIENT_FROZEN'
  | 'PAUSED'
  | 'EXPIRED'
  | 'REJECTED';

const BATCH_KEY = /^transfer-batch:(.+)$/;
const SINGLE_KEY = /^transfer:(.+):single$/;

export const batchKeyOf = (batchId: string) => `transfer-batch:${batchId}`;
export const singleKeyOf = (transferId: string) => `transfer:${transferId}:single`;
export const isBatchKey = (key: string) => BATCH_KEY.test(key);
export const transferIdOfSingleKey = (key: string) => SINGLE_KEY.exec(key)?.[1];
export const isTransferChainKey = (key: string) => BATCH_KEY.test(key) || SINGLE_KEY.test(key);
