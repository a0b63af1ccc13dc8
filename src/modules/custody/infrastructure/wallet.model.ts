import dynamoose from 'dynamoose';
import type { Item } from 'dynamoose/dist/Item.js';

export interface WalletRecord extends Item {
  customerId: string;
  address: string;
  /** The private key under envelope encryption; it is decrypted only inside the custody signer. */
  encryptedKey: string;
  status: string;
  identityAddress?: string;
  createdAt: string;
  updatedAt: string;
}

export const ADDRESS_INDEX = 'address-index';

export const walletSchema = new dynamoose.Schema(
  {
    customerId: { type: String, hashKey: true },
    address: { type: String, index: { name: ADDRESS_INDEX, type: 'global' } },
    encryptedKey: String,
    status: String,
    identityAddress: String,
    createdAt: String,
    updatedAt: String,
  },
  { saveUnknown: false },
);
