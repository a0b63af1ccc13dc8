import { createHash, randomUUID } from 'node:crypto';

/**
 * The id of a money-moving operation asked for with an Idempotency-Key: derived from the customer
 * and the key (a UUID version 8, name-based), so a retry after a crash that lost the stored
 * response finds the operation it already created instead of creating a second one.
 */
export function operationIdOf(kind: 'transfer' | 'withdrawal', customerId: string, idempotencyKey: string | undefined): string {
  if (!idempotencyKey) return randomUUID();
  const bytes = createHash('sha256').update(`${kind}:${customerId}:${idempotencyKey}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6] & 0x0f) | 0x80;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
