import dynamoose from 'dynamoose';
import type { Item } from 'dynamoose/dist/Item.js';
import { stringAttributes } from '../../../data/index.js';

export interface AuditEntryRecord extends Item {
  partition: string;
  seq: number;
  eventId: string;
  type: string;
  aggregateId: string;
  customerId?: string;
  counterpartyId?: string;
  actor: string;
  /** Comma-separated. */
  actorRoles?: string;
  requestId?: string;
  occurredAt: string;
  recordedAt: string;
  data: string;
  previousHash: string;
  hash: string;
}

export interface AuditHeadRecord extends Item {
  partition: string;
  seq: number;
  hash: string;
}

export const AUDIT_LOG_TABLE = 'audit_log';
export const AUDIT_HEAD_TABLE = 'audit_head';
export const AGGREGATE_INDEX = 'aggregate-seq-index';
export const CUSTOMER_INDEX = 'customer-seq-index';
export const COUNTERPARTY_INDEX = 'counterparty-seq-index';

export const auditEntrySchema = new dynamoose.Schema(
  {
    partition: { type: String, hashKey: true },
    seq: { type: Number, rangeKey: true },
    eventId: String,
    type: String,
    aggregateId: { type: String, index: { name: AGGREGATE_INDEX, type: 'global', rangeKey: 'seq' } },
    customerId: { type: String, index: { name: CUSTOMER_INDEX, type: 'global', rangeKey: 'seq' } },
    counterpartyId: { type: String, index: { name: COUNTERPARTY_INDEX, type: 'global', rangeKey: 'seq' } },
    ...stringAttributes('actor', 'actorRoles', 'requestId', 'occurredAt', 'recordedAt', 'data', 'previousHash', 'hash'),
  },
  { saveUnknown: false },
);

/** The newest link of each partition's chain: appends are conditional on it, so two writers never fork the chain. */
export const auditHeadSchema = new dynamoose.Schema(
  {
    partition: { type: String, hashKey: true },
    seq: Number,
    hash: String,
  },
  { saveUnknown: false },
);
