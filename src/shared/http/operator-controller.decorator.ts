import { Controller, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type Role, Roles } from '../auth/index.js';
import { ApiProblems } from './openapi/index.js';

/**
 * A controller of the operators' console: under `path`, grouped under `tag` in Swagger UI, open
 * only to a bearer holding one of `roles` (401 without a valid token, 403 with another role).
 */
export function OperatorController(path: string, tag: string, roles: Role[]): ClassDecorator {
  return applyDecorators(
    ApiTags(tag),
    ApiBearerAuth(),
    Roles(...roles),
    ApiProblems({ 401: ['AUTH.UNAUTHENTICATED', 'AUTH.INVALID_TOKEN'], 403: ['AUTH.FORBIDDEN'] }),
    Controller(path),
  );
}
