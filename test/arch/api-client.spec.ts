import { readFileSync, writeFileSync } from 'node:fs';
import { AppModule } from '../../src/app.module.js';
import { buildOpenApiDocument } from '../../src/shared/http/index.js';
// @ts-expect-error plain ESM script, no type declarations
import { API_CLIENT_FILES, openApiDocumentOf, renderApiClient } from '../../scripts/api-client.mjs';

/** `npm run mobile:api` runs this suite with WRITE_API_CLIENT=1 to regenerate the files (like `jest -u` for snapshots). */
const writing = process.env.WRITE_API_CLIENT === '1';

describe('the mobile app API client', () => {
  it('behavior: the committed OpenAPI document and its types are what the API generates now (`npm run mobile:api` regenerates them)', async () => {
    const rendered = (await renderApiClient(await openApiDocumentOf(AppModule, buildOpenApiDocument))) as { document: string; types: string };
    if (writing) {
      writeFileSync(API_CLIENT_FILES.document, rendered.document);
      writeFileSync(API_CLIENT_FILES.types, rendered.types);
    }
    expect(readFileSync(API_CLIENT_FILES.document, 'utf8')).toBe(rendered.document);
    expect(readFileSync(API_CLIENT_FILES.types, 'utf8')).toBe(rendered.types);
  });
});
