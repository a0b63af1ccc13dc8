import dynamoose from 'dynamoose';
import type { Item } from 'dynamoose/dist/Item.js';

export interface BankAccountRecord extends Item {
  customerId: string;
  id: string;
  ibanEnc: string;
  holderNameEnc: string;
  /** Country, check digits and last four: shown to the customer, not enough to pay anyone. */
  maskedIban: string;
  createdAt: string;
}

export const bankAccountSchema = new dynamoose.Schema(
  {
    customerId: { type: String, hashKey: true },
    id: { type: String, rangeKey: true },
    ibanEnc: String,
    holderNameEnc: String,
    maskedIban: String,
    createdAt: String,
  },
  { saveUnknown: false },
);
