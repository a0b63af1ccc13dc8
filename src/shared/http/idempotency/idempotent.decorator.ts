import { SetMetadata, UseInterceptors, applyDecorators } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';

import { IDEMPOTENT_OPTIONS, type IdempotentOptions, MONEY_MOVEMENT_RETENTION_SECONDS } from './idempotent.options.js';

/**
 * Stripe's Idempotency-Key semantics for a route: the same key and body get the stored first
 * response; the same key with another body is a 422; the same key while the first request still
 * runs is a retryable 409. Requests that fail validation are not stored.
 */
export function Idempotent(options: IdempotentOptions = {}) {
  return applyDecorators(
    SetMetadata(IDEMPOTENT_OPTIONS, { retentionSeconds: options.retentionSeconds ?? MONEY_MOVEMENT_RETENTION_SECONDS }),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({ name: 'Idempotency-Key', required: true, description: 'Unique per operation (e.g. a UUID); retries reuse it' }),
  );
}
