import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PlatformProcess } from '../support/platform-process.js';
import { type RunningPlatform, startPlatform } from '../support/platform.js';
import { ProductionServices } from '../support/production-services.js';
import { newCustomerInput } from '../support/customers.js';

const login = (platform: RunningPlatform, forwardedFor: string) =>
  platform.http.post('/v1/auth/login').set('x-forwarded-for', forwardedFor).send({ email: 'nobody@eurt.test', password: 'wrong-password-123' });

/** Three sign-ins a minute, each "from" another address according to X-Forwarded-For. */
async function statusesFromSpoofedAddresses(platform: RunningPlatform): Promise<number[]> {
  const statuses: number[] = [];
  for (let attempt = 1; attempt <= 4; attempt++) statuses.push((await login(platform, `203.0.113.${attempt}`)).status);
  return statuses;
}

describe('HTTP hardening', () => {
  describe('outside production', () => {
    let platform: RunningPlatform;
    beforeAll(async () => {
      platform = await startPlatform({ AUTH_RATE_LIMIT_PER_MINUTE: '3', TRUSTED_PROXIES: '10.9.9.9' });
    }, 180_000);
    afterAll(() => platform?.close());

    it('behavior: every answer carries HSTS, nosniff, frame-ancestors and a CSP without inline script', async () => {
      for (const path of ['/', '/health', '/v1/me']) {
        const response = await platform.http.get(path);
        expect(response.headers['strict-transport-security']).toMatch(/max-age=31536000/);
        expect(response.headers['x-content-type-options']).toBe('nosniff');
        expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
        expect(response.headers['x-powered-by']).toBeUndefined();
        const csp = response.headers['content-security-policy'];
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toContain('unsafe-inline');
      }
    });

    it("behavior: Swagger UI is served, its CSP allows only its inline styles; /metrics is open without a token", async () => {
      const docs = await platform.http.get('/docs/').redirects(1);
      expect(docs.status).toBe(200);
      expect(docs.text).toContain('swagger-ui-init.js');
      expect(docs.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
      expect(docs.headers['content-security-policy']).toContain("script-src 'self';");
      expect((await platform.http.get('/metrics')).status).toBe(200);
    });

    it('behavior: the embedded DynamoDB Local runs with telemetry off', () => {
      const pid = readFileSync(join(platform.dataDir, 'run', 'dynamodb.pid'), 'utf8').trim();
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')).toContain('-disableTelemetry');
    });

    it('error: X-Forwarded-For from a hop that is not a trusted proxy does not escape the rate limit', async () => {
      const statuses = await statusesFromSpoofedAddresses(platform);
      expect(statuses.slice(0, 3).every((status) => status === 401)).toBe(true);
      expect(statuses[3]).toBe(429);
    });
  });

  describe('trusting the loopback proxy (the default)', () => {
    let platform: RunningPlatform;
    beforeAll(async () => {
      platform = await startPlatform({ AUTH_RATE_LIMIT_PER_MINUTE: '3', ACCOUNT_RATE_LIMIT_PER_MINUTE: '100', API_RATE_LIMIT_PER_MINUTE: '4', TRUSTED_PROXIES: 'loopback' });
    }, 180_000);
    afterAll(() => platform?.close());

    it('behavior: the address the trusted proxy forwards is the client, each with its own limit', async () => {
      expect(await statusesFromSpoofedAddresses(platform)).toEqual([401, 401, 401, 401]);
    });

    it('error: the API budget (transfers) holds per account, from any address; past it a 429 problem document with Retry-After, other customers unaffected', async () => {
      const signedIn = async (address: string) => {
        const input = newCustomerInput();
        await platform.http.post('/v1/auth/register').set('x-forwarded-for', address).send(input).expect(201);
        const login = await platform.http.post('/v1/auth/login').set('x-forwarded-for', address).send({ email: input.email, password: input.password }).expect(200);
        return login.body.accessToken as string;
      };
      const transfer = (token: string, address: string) =>
        platform.http.post('/v1/me/transfers').set('x-forwarded-for', address).set('authorization', `Bearer ${token}`).send({ to: { email: 'nobody@eurt.test' }, amount: '100' });
      const [alice, bob] = [await signedIn('198.51.100.1'), await signedIn('198.51.100.2')];
      const statuses: number[] = [];
      for (let attempt = 1; attempt <= 4; attempt++) statuses.push((await transfer(alice, `198.51.100.${10 + attempt}`)).status);
      expect(statuses.every((status) => status !== 429)).toBe(true);
      const refused = await transfer(alice, '198.51.100.20');
      expect(refused.status).toBe(429);
      expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(refused.body).toMatchObject({ status: 429, code: 'REQUEST.RATE_LIMITED' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect((await transfer(bob, '198.51.100.21')).status).not.toBe(429);
    });
  });

  describe('in production', () => {
    let services: ProductionServices;
    let platform: PlatformProcess;
    const METRICS_TOKEN = 'm'.repeat(40);

    beforeAll(async () => {
      PlatformProcess.build();
      services = await ProductionServices.start();
      platform = new PlatformProcess(await services.env({ METRICS_TOKEN, SANDBOX_ENABLED: 'false' }));
      await platform.start();
    }, 240_000);
    afterAll(async () => {
      await platform?.stop();
      await services?.stop();
    });

    it('error: /metrics asks for the bearer token', async () => {
      expect((await platform.http.get('/metrics')).status).toBe(401);
      expect((await platform.http.get('/metrics').set('authorization', `Bearer ${'x'.repeat(40)}`)).status).toBe(401);
      const scraped = await platform.http.get('/metrics').set('authorization', `Bearer ${METRICS_TOKEN}`);
      expect(scraped.status).toBe(200);
      expect(scraped.text).toContain('process_cpu_user_seconds_total');
    });

    it('behavior: with SANDBOX_ENABLED=false production boots ready and mounts no sandbox route', async () => {
      expect((await platform.http.get('/health/ready')).status).toBe(200);
      expect((await platform.http.post('/v1/sandbox/bank/incoming-transfers').send({})).status).toBe(404);
    });

    it('behavior: Swagger UI is off unless SWAGGER_ENABLED=true', async () => {
      expect((await platform.http.get('/docs/')).status).toBe(404);
      expect((await platform.http.get('/docs/openapi.json')).status).toBe(404);
    });
  });
});
