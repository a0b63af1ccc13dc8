import dynamoose from 'dynamoose';
import type { Item } from 'dynamoose/dist/Item.js';

export interface WithdrawalRecord extends Item {
  id: string;
  kind: string;
  customerId: string;
  walletAddress: string;
  bankAccountId: string;
  amount: string;
  currency: string;
  status: string;
  reason?: string;
  requestedBy: string;
  approvedBy?: string;
  holdId: string;
  holdExpiresAt: number;
  holdDeadline: number;
  payoutSettled?: boolean;
  endToEndId?: string;
  returnOf?: string;
  history: string;
  /** Present ('1') while not final: a sparse index lists what to resume. */
  open?: string;
  createdAt: string;
  updatedAt: string;
}

export const WITHDRAWAL_CUSTOMER_INDEX = 'customer-index';
export const WITHDRAWAL_OPEN_INDEX = 'open-index';

export const withdrawalSchema = new dynamoose.Schema(
  {
    id: { type: String, hashKey: true },
    kind: String,
    customerId: { type: String, index: { name: WITHDRAWAL_CUSTOMER_INDEX, type: 'global', rangeKey: 'createdAt' } },
    walletAddress: String,
    bankAccountId: String,
    amount: String,
    currency: String,
    status: String,
    reason: String,
    requestedBy: String,
    approvedBy: String,
    holdId: String,
    holdExpiresAt: Number,
    holdDeadline: Number,
    payoutSettled: Boolean,
    endToEndId: String,
    returnOf: String,
    history: String,
    open: { type: String, index: { name: WITHDRAWAL_OPEN_INDEX, type: 'global', rangeKey: 'createdAt' } },
    createdAt: String,
    updatedAt: String,
  },
  { saveUnknown: false },
);
