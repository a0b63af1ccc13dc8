import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../../src/app.module.js';
import { buildOpenApiDocument } from '../../src/shared/http/index.js';

interface LintProblem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

/** The document Swagger UI serves, built without starting the engines (Nest's preview mode instantiates no provider). */
async function servedDocument(): Promise<object> {
  const app = await NestFactory.create(AppModule, { preview: true, logger: false, abortOnError: false });
  const document = buildOpenApiDocument(app);
  await app.close();
  return document;
}

describe('the OpenAPI document', () => {
  it('behavior: @redocly/cli lint (recommended ruleset) reports no errors', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'eurt-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(await servedDocument()));
    let output: string;
    try {
      output = execFileSync(process.execPath, [join('node_modules', '@redocly', 'cli', 'bin', 'cli.js'), 'lint', file, '--extends=recommended', '--format=json'], {
        encoding: 'utf8',
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      output = (error as { stdout: string }).stdout;
    }
    const { problems } = JSON.parse(output.slice(output.indexOf('{'))) as { problems: LintProblem[] };
    const errors = problems.filter((problem) => problem.severity === 'error').map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer}: ${problem.message}`);
    const warnings = problems.filter((problem) => problem.severity === 'warn');
    console.log(`redocly lint: ${errors.length} errors, ${warnings.length} warnings`);
    expect(errors).toEqual([]);
  });

  it('behavior: every operation has a hand-written, unique operationId in camelCase verbNoun style', async () => {
    const document = (await servedDocument()) as { paths: Record<string, Record<string, { operationId?: string }>> };
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => ['get', 'put', 'post', 'delete', 'patch'].includes(method))
        .map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operationId: operation.operationId ?? '' })),
    );
    expect(operations.length).toBeGreaterThan(50);
    // Nest's own ids look like `MoneyController_balance`; a hand-written one is a lower-case verb and a noun.
    const generatedLooking = operations.filter(({ operationId }) => !/^[a-z]+[A-Z][a-zA-Z0-9]*$/.test(operationId) || /Controller|_/.test(operationId));
    expect(generatedLooking).toEqual([]);
    const ids = operations.map(({ operationId }) => operationId);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
  });
});
