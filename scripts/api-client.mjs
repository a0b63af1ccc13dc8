// The mobile app's typed API client comes from the OpenAPI document: this renders the document and
// its TypeScript types (openapi-typescript) exactly as they are committed under mobile/src/api/.
import openapiTS, { astToString } from 'openapi-typescript';

export const API_CLIENT_FILES = { document: 'mobile/src/api/openapi.json', types: 'mobile/src/api/schema.d.ts' };

/** `document` is what `buildOpenApiDocument(app)` returns; the two file contents come back. */
export async function renderApiClient(document) {
  const json = `${JSON.stringify(document, null, 2)}\n`;
  const ast = await openapiTS(JSON.parse(json), { alphabetize: true });
  const header = '// Generated from openapi.json by `npm run mobile:api` (test/arch/api-client.spec.ts); do not edit.\n';
  return { document: json, types: `${header}${astToString(ast)}` };
}

/** The Nest app in preview mode: its routes and DTOs without a provider instantiated, so no engine boots. */
export async function openApiDocumentOf(AppModule, buildOpenApiDocument) {
  const { NestFactory } = await import('@nestjs/core');
  const app = await NestFactory.create(AppModule, { preview: true, abortOnError: false, logger: false });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
