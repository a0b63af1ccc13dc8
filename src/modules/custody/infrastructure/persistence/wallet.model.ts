import dynamoose from 'dynamoose';
import type { Item } from 'dynamoose/dist/Item.js';
import { stringAttributes } from '../../../data/index.js';

export interface WalletRecord extends Item {
  customerId: string;
  address: string;
  /** The private key under envelope encryption; it is decrypted only inside the custody signer. */
  encryptedKey: string;
  status: string;
  identityAddress?: string;
  onboardingAttempt?: number;
  /** Set while a wallet recovery is open: a second one cannot start. */
  recoveryId?: string;
  createdAt: string;
  updatedAt: string;
}

export interface WalletRecoveryRecord extends Item {
  id: string;
  customerId: string;
  status: string;
  lostAddress: string;
  newAddress: string;
  /** The new private key, encrypted for the wallet record it replaces the old one in. */
  newEncryptedKey: string;
  identityAddress: string;
  requestedBy: string;
  error?: string;
  /** Present ('1') until completed or failed: a sparse index lists what to resume after a crash. */
  open?: string;
  createdAt: string;
  updatedAt: string;
}

export const ADDRESS_INDEX = 'address-index';
export const OPEN_RECOVERY_INDEX = 'open-index';

export const walletSchema = new dynamoose.Schema(
  {
    customerId: { type: String, hashKey: true },
    address: { type: String, index: { name: ADDRESS_INDEX, type: 'global' } },
    ...stringAttributes('encryptedKey', 'status', 'identityAddress', 'recoveryId', 'createdAt', 'updatedAt'),
    onboardingAttempt: Number,
  },
  { saveUnknown: false },
);

export const walletRecoverySchema = new dynamoose.Schema(
  {
    id: { type: String, hashKey: true },
    ...stringAttributes('customerId', 'status', 'lostAddress', 'newAddress', 'newEncryptedKey', 'identityAddress', 'requestedBy', 'error'),
    open: { type: String, index: { name: OPEN_RECOVERY_INDEX, type: 'global' } },
    createdAt: String,
    updatedAt: String,
  },
  { saveUnknown: false },
);
