import dynamoose from 'dynamoose';
import type { Item } from 'dynamoose/dist/Item.js';

/** Personal data is stored only encrypted (`*Enc`); look-ups use keyed blind indexes. */
export interface CustomerRecord extends Item {
  id: string;
  emailEnc: string;
  fullNameEnc: string;
  phoneEnc: string;
  passwordHash: string;
  roles: string[];
  kycStatus: string;
  /** The current (latest) KYC application. */
  kycApplicationId?: string;
  depositReference: string;
  createdAt: string;
  updatedAt: string;
}

/** Claims on unique values (`email#<blind index>`, `phone#...`, `reference#...`, `iban#<customer>#...`), taken in the writing transaction. */
export interface UniqueClaimRecord extends Item {
  claim: string;
  customerId: string;
}

export const customerSchema = new dynamoose.Schema(
  {
    id: { type: String, hashKey: true },
    emailEnc: String,
    fullNameEnc: String,
    phoneEnc: String,
    passwordHash: String,
    roles: { type: Array, schema: [String] },
    kycStatus: String,
    kycApplicationId: String,
    depositReference: String,
    createdAt: String,
    updatedAt: String,
  },
  { saveUnknown: false },
);

export const uniqueClaimSchema = new dynamoose.Schema(
  { claim: { type: String, hashKey: true }, customerId: String },
  { saveUnknown: false },
);
