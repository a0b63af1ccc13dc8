import { HttpCode, type Type, applyDecorators } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOperation, type ApiOperationOptions } from '@nestjs/swagger';
import { Idempotent } from './idempotency/index.js';

/**
 * A route that starts something the platform finishes later (a money movement, an approval
 * request): 202 with what was started, and an `Idempotency-Key` so a retried request starts nothing twice.
 */
export function AcceptedCommand(response: Type<unknown>, operation: ApiOperationOptions & { operationId: string }): MethodDecorator {
  return applyDecorators(HttpCode(202), Idempotent(), ApiOperation(operation), ApiAcceptedResponse({ type: response }));
}
