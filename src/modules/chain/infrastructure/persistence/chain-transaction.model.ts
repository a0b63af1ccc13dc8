import dynamoose from 'dynamoose';
import type { Item } from 'dynamoose/dist/Item.js';
import type { ChainTransactionStatus } from '../../domain/chain-transaction.js';

/**
 * `call`: any transaction, sent as is. `mint`: a mint request that the manager coalesces with others
 * into one `batchMint` (a `batch` record) preceded by a reserve attestation (an `attest` record).
 * `onboard`: an onboarding request coalesced with others into one `onboardBatch` (a `batch` record).
 */
export type ChainTransactionKind = 'call' | 'mint' | 'onboard' | 'attest' | 'batch';

export interface ChainTransactionFields {
  key: string;
  kind?: ChainTransactionKind;
  signer: string;
  to: string;
  data: string;
  status: ChainTransactionStatus;
  /** Present ('1') while the transaction is not final: a sparse index lists what to resume after a crash. */
  open?: string;
  nonce?: number;
  gas?: string;
  rawTransaction?: string;
  hash?: string;
  /** The current signed version's fees (wei, decimal strings) and when it was first broadcast. */
  maxFeePerGas?: string;
  maxPriorityFeePerGas?: string;
  sentAt?: string;
  /** Earlier signed versions (JSON list of TransactionAttempt): displaced or replaced by the current one. */
  attempts?: string;
  blockNumber?: string;
  /** Failed with a custom error: its name, and its arguments as a JSON list (JSON-safe values). */
  errorName?: string;
  errorArgs?: string;
  /** Failed: the reason as people read it. */
  error?: string;
  /** mint: who receives and how much (cents, decimal string). */
  recipient?: string;
  amount?: string;
  /** mint, onboard: the batch that carries it; batch: JSON list of the member keys. */
  batchKey?: string;
  members?: string;
  /** mint, onboard: its batch reverted, so it goes out alone to learn whether it is the culprit. */
  solo?: boolean;
  /** The key of a transaction (often another account's) that must be mined before this one is signed. */
  after?: string;
  /** mint: how many of its batches were re-formed because they met the chain ahead of their attestation. */
  reforms?: number;
  createdAt: string;
  updatedAt: string;
}

export interface ChainTransactionRecord extends Item, ChainTransactionFields {}

export interface SignerNonceRecord extends Item {
  signer: string;
  next: number;
  /** The signing lease's fence of the instance that may take the next nonce. */
  fence?: number;
}

/** Which platform transaction (by key) a hash belongs to: the read side tells platform movements from others. */
export interface TransactionHashRecord extends Item {
  hash: string;
  key: string;
}

export const OPEN_INDEX = 'open-index';

export const chainTransactionSchema = new dynamoose.Schema(
  {
    key: { type: String, hashKey: true },
    kind: String,
    signer: String,
    to: String,
    data: String,
    status: String,
    open: { type: String, index: { name: OPEN_INDEX, type: 'global', rangeKey: 'createdAt' } },
    nonce: Number,
    gas: String,
    rawTransaction: String,
    hash: String,
    maxFeePerGas: String,
    maxPriorityFeePerGas: String,
    sentAt: String,
    attempts: String,
    blockNumber: String,
    errorName: String,
    errorArgs: String,
    error: String,
    recipient: String,
    amount: String,
    batchKey: String,
    members: String,
    solo: Boolean,
    reforms: Number,
    after: String,
    createdAt: String,
    updatedAt: String,
  },
  { saveUnknown: false },
);

export const signerNonceSchema = new dynamoose.Schema({ signer: { type: String, hashKey: true }, next: Number, fence: Number }, { saveUnknown: false });

export const transactionHashSchema = new dynamoose.Schema({ hash: { type: String, hashKey: true }, key: String }, { saveUnknown: false });
