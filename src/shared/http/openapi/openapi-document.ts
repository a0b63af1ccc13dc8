import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { PUBLIC_OPERATION_EXTENSION } from '../../auth/auth.decorators.js';
import { ProblemDetailsDto } from './problem-details.dto.js';

type Operation = {
  security?: unknown[];
  parameters?: unknown[];
  requestBody?: unknown;
  responses?: Record<string, unknown>;
  [key: string]: unknown;
};

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const PROBLEM_REF = { $ref: '#/components/schemas/ProblemDetailsDto' };
const problemResponse = (description: string, codes: string[]) => ({
  description: `${description}: ${codes.map((code) => `\`${code}\``).join(', ')}`,
  content: { 'application/problem+json': { schema: { allOf: [PROBLEM_REF, { type: 'object', properties: { code: { type: 'string', enum: codes } } }] } } },
});

/** The OpenAPI document Swagger UI serves at /docs (and the lint in `npm test` checks). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('EURT platform API')
      .setDescription(
        'Tokenized euro e-money: customers, wallets, deposits, transfers and withdrawals. Amounts are decimal strings of euro cents; errors are RFC 9457 problem documents (`application/problem+json`) with a stable `code`.\n\n' +
          'Operator roles: `admin` does everything operators do, including pause/unpause, operator roles, wallet recovery, suspense, refunds and withdrawal approval; `compliance` reads customers and the audit trail and freezes or unfreezes wallets; `treasury` reads reserves, operations, chain transactions and forwarding failures. Sensitive actions are maker-checker: one operator requests, a different one approves under `admin: approvals`. Each operation names who may call it.',
      )
      .setVersion('1')
      .addBearerAuth()
      .addServer('/', 'This deployment (Swagger UI calls the server that serves it)')
      .build(),
    {
      extraModels: [ProblemDetailsDto],
      // Every route names its operationId (`verbNoun`); one that does not gets Nest's `<Controller>_<method>`, which the lint spec refuses.
    },
  );
  for (const pathItem of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = (pathItem as Record<string, Operation | undefined>)[method];
      if (operation) documentDefaults(operation);
    }
  }
  return document;
}

/** Public routes say `security: []`; every route documents the errors any route can answer, with the shared schema. */
function documentDefaults(operation: Operation): void {
  const isPublic = PUBLIC_OPERATION_EXTENSION in operation;
  if (isPublic) {
    delete operation[PUBLIC_OPERATION_EXTENSION];
    operation.security = [];
  }
  const responses = (operation.responses ??= {});
  if ((operation.requestBody || operation.parameters?.length) && !responses['400']) {
    responses['400'] = problemResponse('Invalid request', ['REQUEST.INVALID', 'REQUEST.MALFORMED']);
  }
  if (!isPublic) {
    responses['401'] ??= problemResponse('No valid bearer token', ['AUTH.UNAUTHENTICATED', 'AUTH.INVALID_TOKEN']);
    responses['403'] ??= problemResponse("The caller's role may not do this", ['AUTH.FORBIDDEN']);
  }
  responses['503'] ??= problemResponse('A dependency is unavailable; retry after `Retry-After` seconds', ['SERVICE.UNAVAILABLE']);
}
