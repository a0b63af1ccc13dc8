import { ConflictError, DomainError, UnprocessableError } from '../../errors/index.js';

export const idempotencyKeyRequired = () =>
  new DomainError('IDEMPOTENCY.KEY_REQUIRED', 'This operation moves money: send an Idempotency-Key header (1-255 printable characters).', 400);
export const idempotencyKeyReused = () =>
  new UnprocessableError('IDEMPOTENCY.KEY_REUSED', 'This Idempotency-Key was already used with a different request; use a new key.');
export const idempotentRequestInProgress = () =>
  new ConflictError('IDEMPOTENCY.IN_PROGRESS', 'A request with this Idempotency-Key is still being processed; retry shortly.', { retryable: true });
