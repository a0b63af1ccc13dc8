import { type ExecutionContext, SetMetadata, UseInterceptors, applyDecorators, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';
import { ApiHeader } from '@nestjs/swagger';
import { IdempotencyInterceptor } from './idempotency.interceptor.js';

import { IDEMPOTENT_OPTIONS, type IdempotentOptions, MONEY_MOVEMENT_RETENTION_SECONDS } from './idempotent.options.js';

/**
 * Stripe's Idempotency-Key semantics for a route: the same key and body get the stored first
 * response; the same key with another body is a 409; the same key while the first request still
 * runs is a retryable 409. Requests that fail validation are not stored.
 */
export function Idempotent(options: IdempotentOptions = {}) {
  return applyDecorators(
    SetMetadata(IDEMPOTENT_OPTIONS, { retentionSeconds: options.retentionSeconds ?? MONEY_MOVEMENT_RETENTION_SECONDS }),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: true,
      description: 'Unique per operation (e.g. a fresh UUID); a retry of the same operation reuses it. Scoped to the caller, the method and the concrete path: the same key on another resource is another request. The same key with the same body replays the first answer (`Idempotent-Replayed: true`), with another body is a 409 `IDEMPOTENCY.KEY_REUSED`.',
      schema: { type: 'string', minLength: 1, maxLength: 255, example: '6f1c2e2a-3b8d-4c4e-9a51-1b2f0f8e7d10' },
    }),
  );
}

/**
 * The request's Idempotency-Key, for a handler that derives ids from it. A custom parameter
 * decorator, unlike `@Headers()`, adds no second header parameter to the OpenAPI document; the
 * interceptor has already checked the key's presence and format.
 */
export const IdempotencyKey = createParamDecorator((_: unknown, context: ExecutionContext): string => {
  const key = context.switchToHttp().getRequest<Request>().headers['idempotency-key'];
  return typeof key === 'string' ? key : '';
});
