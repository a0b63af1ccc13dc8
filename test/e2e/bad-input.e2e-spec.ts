import { signWebhook } from '../../src/shared/crypto/webhook-signature.js';
import { type Session, adminSession, reservesOf } from '../support/client.js';
import { newCustomerInput } from '../support/customers.js';
import { type RunningPlatform, TEST_ADMIN, TEST_BANK_WEBHOOK_SECRET, startPlatform } from '../support/platform.js';

describe('bad input gets a problem document and changes nothing', () => {
  let platform: RunningPlatform;
  let admin: Session;

  const reserves = () => reservesOf(platform, admin);

  const creditWebhook = (data: Record<string, unknown>, id = `evt_${Math.random().toString(36).slice(2)}`) =>
    JSON.stringify({
      id,
      type: 'credit.received',
      createdAt: new Date().toISOString(),
      data: {
        transactionId: `tx_${Math.random().toString(36).slice(2)}`,
        amount: '1000',
        currency: 'EUR',
        reference: 'RF18539007547034',
        debtorIban: 'DE89370400440532013000',
        debtorName: 'Ada Lovelace',
        bookedAt: new Date().toISOString(),
        ...data,
      },
    });

  const postWebhook = (body: string, signature = signWebhook(TEST_BANK_WEBHOOK_SECRET, body)) =>
    platform.http.post('/v1/webhooks/bank').set('content-type', 'application/json').set('x-signature', signature).send(body);

  beforeAll(async () => {
    platform = await startPlatform();
    admin = await adminSession(platform);
  });

  afterAll(async () => {
    await platform?.close();
  });

  describe('register', () => {
    it('error: malformed JSON', async () => {
      const response = await platform.http.post('/v1/auth/register').set('content-type', 'application/json').send('{"email": "a@b.c",');
      expect(response.status).toBe(400);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(response.body).toMatchObject({ type: expect.any(String), title: 'Bad request', status: 400, code: 'REQUEST.MALFORMED' });
    });

    it('error: an unknown field', async () => {
      const response = await platform.http.post('/v1/auth/register').send({ ...newCustomerInput(), isAdmin: true }).expect(400);
      expect(response.body).toMatchObject({ status: 400, code: 'REQUEST.INVALID' });
      expect(response.body.errors).toEqual(expect.arrayContaining([expect.stringContaining('isAdmin')]));
    });

    it('error: a malformed e-mail, a short password, a wrong type', async () => {
      const response = await platform.http
        .post('/v1/auth/register')
        .send({ ...newCustomerInput(), email: 'not-an-email', password: 'short', phone: 33612345678 })
        .expect(400);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([expect.stringContaining('email'), expect.stringContaining('password'), expect.stringContaining('phone')]),
      );
    });

    it('behavior: nothing was written: the e-mail of a refused sign-up is still free', async () => {
      const input = newCustomerInput();
      await platform.http.post('/v1/auth/register').send({ ...input, role: 'admin' }).expect(400);
      await platform.http.post('/v1/auth/login').send({ email: input.email, password: input.password }).expect(401);
      await platform.http.post('/v1/auth/register').send(input).expect(201);
    });

    it('error: a duplicate e-mail is a 409, also when two sign-ups race', async () => {
      const input = newCustomerInput();
      const [first, second] = await Promise.all([
        platform.http.post('/v1/auth/register').send(input),
        platform.http.post('/v1/auth/register').send({ ...input, phone: newCustomerInput().phone }),
      ]);
      expect([first.status, second.status].sort()).toEqual([201, 409]);
      expect((first.status === 409 ? first : second).body.code).toBe('CUSTOMERS.EMAIL_TAKEN');
    });

    it('error: a wrong password is a 401 problem', async () => {
      const input = newCustomerInput();
      await platform.http.post('/v1/auth/register').send(input).expect(201);
      const response = await platform.http.post('/v1/auth/login').send({ email: input.email, password: 'wrong password!' }).expect(401);
      expect(response.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    });

    it('error: a refresh token used twice revokes the session family', async () => {
      const input = newCustomerInput();
      await platform.http.post('/v1/auth/register').send(input).expect(201);
      const login = await platform.http.post('/v1/auth/login').send({ email: input.email, password: input.password }).expect(200);
      const rotated = await platform.http.post('/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(200);
      await platform.http.post('/v1/auth/refresh').send({ refreshToken: login.body.refreshToken }).expect(401);
      await platform.http.post('/v1/auth/refresh').send({ refreshToken: rotated.body.refreshToken }).expect(401);
    });

    it('error: no token or a forged token is a 401', async () => {
      await platform.http.get('/v1/me').expect(401);
      const response = await platform.http.get('/v1/me').set('authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.forged').expect(401);
      expect(response.body.code).toBe('AUTH.INVALID_TOKEN');
    });
  });

  describe('bank webhook', () => {
    it.each([
      ['a negative amount', { amount: '-1000' }],
      ['a fractional amount', { amount: '10.50' }],
      ['a float amount', { amount: 10.5 }],
      ['a zero amount', { amount: '0' }],
      ['an invalid IBAN', { debtorIban: 'DE00000000000000000000' }],
      ['an unknown field', { extra: 'field' }],
    ])('error: %s is refused and books nothing', async (_, data) => {
      const before = await reserves();
      const response = await postWebhook(creditWebhook(data));
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ status: 400, code: 'REQUEST.INVALID' });
      expect(await reserves()).toEqual(before);
    });

    it('error: a bad signature is a 401', async () => {
      const body = creditWebhook({});
      const response = await postWebhook(body, signWebhook('not-the-secret', body));
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('WEBHOOK.SIGNATURE_INVALID');
    });

    it('error: a stale timestamp is a 401', async () => {
      const body = creditWebhook({});
      const response = await postWebhook(body, signWebhook(TEST_BANK_WEBHOOK_SECRET, body, Math.floor(Date.now() / 1000) - 600));
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('WEBHOOK.STALE');
    });

    it('error: a body changed after signing is a 401', async () => {
      const body = creditWebhook({});
      const response = await postWebhook(body.replace('"1000"', '"9000"'), signWebhook(TEST_BANK_WEBHOOK_SECRET, body));
      expect(response.status).toBe(401);
    });

    it('error: malformed JSON is a 400', async () => {
      const body = '{"id": "evt_1", ';
      const response = await postWebhook(body);
      expect(response.status).toBe(400);
      expect(response.body.code).toBe('REQUEST.MALFORMED');
    });

    it('behavior: a replayed delivery is refused with 409', async () => {
      const body = creditWebhook({});
      await postWebhook(body).expect(200);
      const replay = await postWebhook(body);
      expect(replay.status).toBe(409);
      expect(replay.body.code).toBe('WEBHOOK.REPLAYED');
    });
  });

  describe('operations endpoints', () => {
    it('behavior: health, readiness, OpenAPI document and the app page answer', async () => {
      await platform.http.get('/health').expect(200, { status: 'ok' });
      const ready = await platform.http.get('/health/ready').expect(200);
      expect(ready.body.info).toMatchObject({ dynamodb: { status: 'up' }, chain: { status: 'up' } });
      const openapi = await platform.http.get('/docs/openapi.json').expect(200);
      expect(Object.keys(openapi.body.paths)).toEqual(expect.arrayContaining(['/v1/auth/register', '/v1/me/balance', '/v1/webhooks/bank']));
      await platform.http.get('/docs/').expect(200);
      const page = await platform.http.get('/').expect(200);
      expect(page.text).toContain('EURT');
      const metrics = await platform.http.get('/metrics').expect(200);
      expect(metrics.text).toContain('process_cpu_user_seconds_total');
    });

    it('error: an unknown route is a 404 problem', async () => {
      const response = await platform.http.get('/v1/nowhere').expect(404);
      expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    });
  });
});
