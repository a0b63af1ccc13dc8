import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signWebhook } from '../../src/shared/crypto/webhook-signature.js';
import { type RunningPlatform, TEST_BANK_WEBHOOK_SECRET, startPlatform } from '../support/platform.js';

/** Every sandbox route the API documents with the sandbox on (the committed OpenAPI document). */
function sandboxRoutes(): [string, string][] {
  const document = JSON.parse(readFileSync(join('mobile', 'src', 'api', 'openapi.json'), 'utf8')) as { paths: Record<string, object> };
  const routes = Object.entries(document.paths)
    .filter(([path]) => path.startsWith('/v1/sandbox/'))
    .flatMap(([path, operations]) => Object.keys(operations).map((method): [string, string] => [method, path.replace(/\{\w+\}/g, 'sandbox-1')]));
  expect(routes.length).toBeGreaterThanOrEqual(10);
  return routes;
}

const incomingCredit = (amount: string) =>
  JSON.stringify({
    type: 'incoming_credit',
    eventId: `evt-${Date.now()}`,
    transactionId: `tx-${Date.now()}`,
    amount,
    currency: 'EUR',
    debtorIban: 'DE89370400440532013000',
    debtorName: 'Mallory',
    remittanceInformation: 'RF18539007547034',
    bookedAt: new Date().toISOString(),
  });

describe('sandbox isolation', () => {
  describe('with SANDBOX_ENABLED=false', () => {
    let platform: RunningPlatform;
    beforeAll(async () => {
      platform = await startPlatform({ SANDBOX_ENABLED: 'false' });
    }, 180_000);
    afterAll(() => platform?.close());

    it.each(sandboxRoutes())('error: %s %s answers 404', async (method, path) => {
      const response = await platform.http[method as 'get' | 'post'](path).set('content-type', 'application/json').send('{"amount":"100000000"}');
      expect(response.status).toBe(404);
      expect(response.body.code).toBe('REQUEST.NOT_FOUND');
    });

    it('behavior: no sandbox partner was constructed (none generated its own webhook secret)', () => {
      for (const partner of ['bank', 'acquirer', 'kyc']) expect(existsSync(join(platform.dataDir, 'secrets', `sandbox-${partner}-webhook.secret`))).toBe(false);
    });

    it('error: a credit without the bank signature mints nothing', async () => {
      const body = incomingCredit('100000000');
      const forged = await platform.http.post('/v1/webhooks/bank').set('content-type', 'application/json').set('x-signature', signWebhook('a-guessed-secret', body)).send(body);
      expect(forged.status).toBe(401);
      expect(forged.body.code).toMatch(/^WEBHOOK\./);
    });
  });

  describe('with the sandbox on', () => {
    let platform: RunningPlatform;
    beforeAll(async () => {
      platform = await startPlatform({ SANDBOX_ENABLED: 'true' });
    }, 180_000);
    afterAll(() => platform?.close());

    it('behavior: the sandbox bank signs with its own secret, never with the configured real one, and the platform accepts both', async () => {
      const sandboxSecret = readFileSync(join(platform.dataDir, 'secrets', 'sandbox-bank-webhook.secret'), 'utf8').trim();
      expect(sandboxSecret).not.toBe(TEST_BANK_WEBHOOK_SECRET);
      expect(sandboxSecret.length).toBeGreaterThanOrEqual(64);
      const body = JSON.stringify({ type: 'payout_update' });
      for (const secret of [sandboxSecret, TEST_BANK_WEBHOOK_SECRET]) {
        const response = await platform.http.post('/v1/webhooks/bank').set('content-type', 'application/json').set('x-signature', signWebhook(secret, body)).send(body);
        expect(response.status).not.toBe(401);
      }
    });

    it('behavior: the sandbox routes are mounted', async () => {
      const response = await platform.http.post('/v1/sandbox/bank/webhooks/no-such-webhook/redeliver').send({});
      expect(response.status).toBe(404);
      expect(response.body.code).not.toBe('REQUEST.NOT_FOUND');
    });
  });
});
