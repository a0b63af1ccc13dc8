import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

/** The OpenAPI document of the whole API: served at /docs/openapi.json and the source of the app's typed client. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('EURT platform API')
      .setDescription(
        'Tokenized euro e-money: customers, wallets, deposits, transfers and withdrawals. Amounts are decimal strings of euro cents; errors are RFC 9457 problem documents with a stable `code`.',
      )
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
}
