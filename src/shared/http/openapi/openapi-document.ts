import type { INestApplication } from '@nestjs/common';
import { PUBLIC_OPERATION_EXTENSION } from '../../auth/auth.decorators.js';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document Swagger UI serves at /docs (and the lint in `npm test` checks). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('EURT platform API')
      .setDescription(
        'Tokenized euro e-money: customers, wallets, deposits, transfers and withdrawals. Amounts are decimal strings of euro cents; errors are RFC 9457 problem documents with a stable `code`.',
      )
      .setVersion('1')
      .addBearerAuth()
      .addServer('/', 'This deployment (Swagger UI calls the server that serves it)')
      .build(),
  );
  for (const pathItem of Object.values(document.paths)) {
    for (const operation of Object.values(pathItem) as Record<string, unknown>[]) {
      if (typeof operation !== 'object' || operation === null || !(PUBLIC_OPERATION_EXTENSION in operation)) continue;
      delete operation[PUBLIC_OPERATION_EXTENSION];
      operation.security = [];
    }
  }
  return document;
}
