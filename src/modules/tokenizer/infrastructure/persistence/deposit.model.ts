import dynamoose from 'dynamoose';
import type { Item } from 'dynamoose/dist/Item.js';

export interface DepositRecord extends Item {
  id: string;
  customerId?: string;
  walletAddress?: string;
  amount: string;
  currency: string;
  reference: string;
  status: string;
  reason?: string;
  shortfallCovered?: string;
  /** JSON list of status changes. */
  history: string;
  open?: string;
  createdAt: string;
  updatedAt: string;
}

export const CUSTOMER_INDEX = 'customer-index';
export const OPEN_INDEX = 'open-index';

export const depositSchema = new dynamoose.Schema(
  {
    id: { type: String, hashKey: true },
    customerId: { type: String, index: { name: CUSTOMER_INDEX, type: 'global', rangeKey: 'createdAt' } },
    walletAddress: String,
    amount: String,
    currency: String,
    reference: String,
    status: String,
    reason: String,
    shortfallCovered: String,
    history: String,
    open: { type: String, index: { name: OPEN_INDEX, type: 'global', rangeKey: 'createdAt' } },
    createdAt: String,
    updatedAt: String,
  },
  { saveUnknown: false },
);
