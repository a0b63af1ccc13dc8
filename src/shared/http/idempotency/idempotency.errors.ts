import { ConflictError, DomainError } from '../../errors/index.js';

export const idempotencyKeyRequired = () =>
  new DomainError('IDEMPOTENCY.KEY_REQUIRED', 'This operation moves money: send an Idempotency-Key header (1-255 printable characters).', 400);
/** DESIGN.md: the same key with a different body is a 409 (not retryable, unlike IN_PROGRESS). */
export const idempotencyKeyReused = () =>
  new ConflictError('IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was already used with a different request; use a new key.', { retryable: false });
export const idempotentRequestInProgress = () =>
  new ConflictError('IDEMPOTENCY.IN_PROGRESS', 'A request with this Idempotency-Key is still being processed; retry shortly.', { retryable: true });
