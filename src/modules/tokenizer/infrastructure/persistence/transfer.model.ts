import dynamoose from 'dynamoose';
import type { Item } from 'dynamoose/dist/Item.js';

export interface TransferRecord extends Item {
  id: string;
  origin: string;
  senderId?: string;
  senderWallet: string;
  recipientId?: string;
  recipientWallet: string;
  amount: string;
  currency: string;
  /** How the sender named the recipient, and the note: personal data, stored encrypted. */
  toEnc?: string;
  noteEnc?: string;
  status: string;
  reason?: string;
  reasonCode?: string;
  authorizationNonce?: string;
  validBefore?: number;
  signature?: string;
  chainKey?: string;
  transactionHash?: string;
  /** JSON list of status changes. */
  history: string;
  /** Present ('1') while pending or submitted: a sparse index lists what to resume after a crash. */
  open?: string;
  /** The recipient's id while the transfer is open: their money on the way in. */
  incomingOpen?: string;
  /** The sender's id while the transfer is open: what their reservations are made of. */
  outgoingOpen?: string;
  createdAt: string;
  updatedAt: string;
}

export const SENDER_INDEX = 'sender-index';
export const RECIPIENT_INDEX = 'recipient-index';
export const OPEN_INDEX = 'open-index';
export const INCOMING_OPEN_INDEX = 'incoming-open-index';
export const OUTGOING_OPEN_INDEX = 'outgoing-open-index';
export const CHAIN_KEY_INDEX = 'chain-key-index';

export const transferSchema = new dynamoose.Schema(
  {
    id: { type: String, hashKey: true },
    origin: String,
    senderId: { type: String, index: { name: SENDER_INDEX, type: 'global', rangeKey: 'createdAt' } },
    senderWallet: String,
    recipientId: { type: String, index: { name: RECIPIENT_INDEX, type: 'global', rangeKey: 'createdAt' } },
    recipientWallet: String,
    amount: String,
    currency: String,
    toEnc: String,
    noteEnc: String,
    status: String,
    reason: String,
    reasonCode: String,
    authorizationNonce: String,
    validBefore: Number,
    signature: String,
    chainKey: { type: String, index: { name: CHAIN_KEY_INDEX, type: 'global' } },
    transactionHash: String,
    history: String,
    open: { type: String, index: { name: OPEN_INDEX, type: 'global', rangeKey: 'createdAt' } },
    incomingOpen: { type: String, index: { name: INCOMING_OPEN_INDEX, type: 'global' } },
    outgoingOpen: { type: String, index: { name: OUTGOING_OPEN_INDEX, type: 'global' } },
    createdAt: String,
    updatedAt: String,
  },
  { saveUnknown: false },
);
