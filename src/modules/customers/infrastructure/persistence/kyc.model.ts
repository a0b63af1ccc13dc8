import dynamoose from 'dynamoose';
import type { Item } from 'dynamoose/dist/Item.js';

export interface KycApplicationRecord extends Item {
  id: string;
  customerId: string;
  status: string;
  /** The submitted KycPersonalData as JSON under envelope encryption. */
  personalDataEnc: string;
  providerReference?: string;
  /** Present ('1') until the provider acknowledged the submission: a sparse index lists what to send again. */
  awaitingProvider?: string;
  rejectionReason?: string;
  createdAt: string;
  updatedAt: string;
  decidedAt?: string;
}

export interface KycWebhookReceiptRecord extends Item {
  deliveryId: string;
  receivedAt: string;
  /** Epoch seconds: DynamoDB's TTL forgets receipts long after any sender would retry. */
  expiresAt: number;
}

export const AWAITING_PROVIDER_INDEX = 'awaiting-provider-index';

export const kycApplicationSchema = new dynamoose.Schema(
  {
    id: { type: String, hashKey: true },
    customerId: String,
    status: String,
    personalDataEnc: String,
    providerReference: String,
    awaitingProvider: { type: String, index: { name: AWAITING_PROVIDER_INDEX, type: 'global', rangeKey: 'updatedAt' } },
    rejectionReason: String,
    createdAt: String,
    updatedAt: String,
    decidedAt: String,
  },
  { saveUnknown: false },
);

export const kycWebhookReceiptSchema = new dynamoose.Schema(
  { deliveryId: { type: String, hashKey: true }, receivedAt: String, expiresAt: Number },
  { saveUnknown: false },
);
