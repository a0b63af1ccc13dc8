import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDetailsDto } from './problem-details.dto.js';

const DESCRIPTION: Record<number, string> = {
  400: 'Invalid request',
  401: 'No valid bearer token',
  403: 'The caller\'s role may not do this',
  404: 'Not found',
  409: 'Conflict with the current state',
  422: 'Refused by a business rule',
  429: 'Too many requests',
  503: 'A dependency is unavailable; retry after `Retry-After` seconds',
};

/**
 * Documents a route's error responses with the shared problem-details schema and the `code`s each
 * status can carry: `@ApiProblems({ 404: ['AUDIT.NOT_FOUND'], 409: ['APPROVALS.NOT_PENDING'] })`.
 */
export function ApiProblems(codes: Partial<Record<number, string[]>>) {
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto),
    ...Object.entries(codes).map(([status, list]) =>
      ApiResponse({
        status: Number(status),
        description: `${DESCRIPTION[Number(status)] ?? 'Error'}${list?.length ? `: ${list.map((code) => `\`${code}\``).join(', ')}` : ''}`,
        content: {
          'application/problem+json': {
            schema: {
              allOf: [
                { $ref: getSchemaPath(ProblemDetailsDto) },
                ...(list?.length ? [{ type: 'object', properties: { code: { type: 'string', enum: list } } }] : []),
              ],
            },
          },
        },
      }),
    ),
  );
}
