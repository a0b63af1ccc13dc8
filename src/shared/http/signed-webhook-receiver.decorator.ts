import { type CanActivate, HttpCode, Post, type Type, UseGuards, applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, type ApiOperationOptions } from '@nestjs/swagger';
import { SIGNATURE_HEADER } from '../crypto/index.js';

/**
 * The route a partner posts its notifications to: verified by the partner's signature guard
 * (stale or replayed deliveries are refused), answered 200 with one of `statuses` so the partner
 * stops retrying.
 */
export function SignedWebhookReceiver(guard: Type<CanActivate>, operation: ApiOperationOptions & { operationId: string }, statuses: string[]): MethodDecorator {
  return applyDecorators(
    Post(),
    HttpCode(200),
    UseGuards(guard),
    ApiOperation(operation),
    ApiHeader({ name: SIGNATURE_HEADER, description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">' }),
    ApiOkResponse({ schema: { properties: { status: { enum: statuses } } } }),
  );
}
