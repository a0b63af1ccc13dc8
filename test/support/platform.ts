import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { createApplication } from '../../src/bootstrap.js';
import { freePort } from './free-port.js';

export const TEST_BANK_WEBHOOK_SECRET = 'test-bank-webhook-secret';
/** The acquirer's secret during a rotation: the new one signs, the old one still verifies. */
export const TEST_ACQUIRER_WEBHOOK_SECRETS = { current: 'test-acquirer-secret-new', previous: 'test-acquirer-secret-old' };
export const TEST_ADMIN = { email: 'admin@eurt.test', password: 'admin-password-123' };

export interface RunningPlatform {
  app: NestExpressApplication;
  baseUrl: string;
  http: ReturnType<typeof request>;
  dataDir: string;
  env: Record<string, string>;
  close(): Promise<void>;
}

/**
 * The whole platform in this process, on its embedded engines (its own DynamoDB Local and anvil
 * on free ports, state in a temporary DATA_DIR), listening on a free HTTP port.
 */
export async function startPlatform(overrides: Record<string, string> = {}): Promise<RunningPlatform> {
  const dataDir = overrides.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'eurt-test-'));
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    DYNAMODB_PORT: String(await freePort()),
    ANVIL_PORT: String(await freePort()),
    BANK_WEBHOOK_SECRET: TEST_BANK_WEBHOOK_SECRET,
    ACQUIRER_WEBHOOK_SECRET: `${TEST_ACQUIRER_WEBHOOK_SECRETS.current},${TEST_ACQUIRER_WEBHOOK_SECRETS.previous}`,
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    API_RATE_LIMIT_PER_MINUTE: '100000',
    LOG_LEVEL: 'error',
    ...overrides,
  };
  Object.assign(process.env, env);
  const app = await createApplication();
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const baseUrl = `http://127.0.0.1:${address.port}`;
  return {
    app,
    baseUrl,
    http: request(baseUrl),
    dataDir,
    env,
    async close() {
      await app.close();
      if (!overrides.DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function eventually<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
}
