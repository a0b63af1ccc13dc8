import { randomUUID } from 'node:crypto';
import { nameBasedUuid } from '../../../shared/crypto/index.js';

/**
 * The id of a money-moving operation asked for with an Idempotency-Key: derived from the customer
 * and the key, so a retry after a crash that lost the stored response finds the operation it
 * already created instead of creating a second one.
 */
export function operationIdOf(kind: 'transfer' | 'withdrawal', customerId: string, idempotencyKey: string | undefined): string {
  return idempotencyKey ? nameBasedUuid(`${kind}:${customerId}:${idempotencyKey}`) : randomUUID();
}
