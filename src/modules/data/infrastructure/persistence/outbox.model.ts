import dynamoose from 'dynamoose';
import type { Item } from 'dynamoose/dist/Item.js';

/** Every event ever raised, written in the same transaction as the state that raised it: outbox and event log. */
export interface OutboxRecord extends Item {
  eventId: string;
  eventType: string;
  aggregateId: string;
  occurredAt: string;
  payload: string;
  /** Present ('1') until the relay has delivered the event; a sparse index lists what is left to deliver. */
  pending?: string;
  deliveredAt?: string;
  /** Present ('1') until the audit log has appended the event (sparse index, like `pending`). */
  unaudited?: string;
  /** Present ('1') until the event is published to EventBridge, when forwarding is on. */
  unforwarded?: string;
  /** Who caused it: the authenticated caller of the request that committed it; absent for background work. */
  actorId?: string;
  actorRoles?: string;
  requestId?: string;
}

export const OUTBOX_TABLE = 'outbox';
export const PENDING_INDEX = 'pending-index';
export const UNAUDITED_INDEX = 'unaudited-index';
export const UNFORWARDED_INDEX = 'unforwarded-index';

export const outboxSchema = new dynamoose.Schema(
  {
    eventId: { type: String, hashKey: true },
    eventType: String,
    aggregateId: { type: String, index: { name: 'aggregate-index', type: 'global', rangeKey: 'occurredAt' } },
    occurredAt: String,
    payload: String,
    pending: { type: String, index: { name: PENDING_INDEX, type: 'global', rangeKey: 'occurredAt' } },
    deliveredAt: String,
    unaudited: { type: String, index: { name: UNAUDITED_INDEX, type: 'global', rangeKey: 'occurredAt' } },
    unforwarded: { type: String, index: { name: UNFORWARDED_INDEX, type: 'global', rangeKey: 'occurredAt' } },
    actorId: String,
    actorRoles: String,
    requestId: String,
  },
  { saveUnknown: false },
);
