import { createHmac, randomBytes } from 'node:crypto';
import { keyIdOf } from '../../src/shared/auth/index.js';
import { newCustomerInput } from '../support/customers.js';
import { Fleet } from '../support/fleet.js';
import { PlatformProcess } from '../support/platform-process.js';
import { eventually } from '../support/platform.js';

const AUTH_LIMIT = 5;
const SESSION_LIFETIME_SECONDS = 30;
const SESSION_CHECK_CACHE_MS = 1500;
const PREVIOUS_SECRET = randomBytes(32).toString('hex');

interface SignedIn {
  accessToken: string;
  refreshToken: string;
}

let addressCounter = 0;
/** Each call "comes from" its own client address (the loopback proxy is trusted), so that only the rate-limit tests exhaust a budget. */
const freshAddress = () => `192.0.2.${++addressCounter}`;

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function hs256(header: object, claims: object, secret: string): string {
  const unsigned = `${base64url(header)}.${base64url(claims)}`;
  return `${unsigned}.${createHmac('sha256', secret).update(unsigned).digest('base64url')}`;
}
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

/**
 * Access tokens, sessions and the shared rate limits, through HTTP on two platform processes that
 * share one DynamoDB (and one chain): what one instance counts or ends, the other sees.
 */
describe('sessions, tokens and shared rate limits on two instances', () => {
  const fleet = new Fleet();
  const member = (index: number) => fleet.members[index].http;

  beforeAll(async () => {
    PlatformProcess.build();
    await fleet.startEngines();
    await fleet.startMembers(2, {
      AUTH_RATE_LIMIT_PER_MINUTE: String(AUTH_LIMIT),
      JWT_PREVIOUS_SECRET: PREVIOUS_SECRET,
      SESSION_MAX_LIFETIME_SECONDS: String(SESSION_LIFETIME_SECONDS),
      SESSION_CHECK_CACHE_MS: String(SESSION_CHECK_CACHE_MS),
    });
  }, 600_000);

  afterAll(async () => {
    await fleet.stop();
  }, 120_000);

  /** A new account and the session its sign-up opened. */
  async function newAccount() {
    const input = newCustomerInput();
    const signUp = (await member(0).post('/v1/auth/register').set('x-forwarded-for', freshAddress()).send(input).expect(201)).body as SignedIn;
    return { ...input, signUp };
  }

  async function signIn(account: { email: string; password: string }, via = 0): Promise<SignedIn> {
    const response = await member(via).post('/v1/auth/login').set('x-forwarded-for', freshAddress()).send({ email: account.email, password: account.password }).expect(200);
    return response.body as SignedIn;
  }

  const me = (token: string, via = 0) => member(via).get('/v1/me').set('authorization', `Bearer ${token}`);
  const refresh = (session: SignedIn, via = 0) => member(via).post('/v1/auth/refresh').set('x-forwarded-for', freshAddress()).send({ refreshToken: session.refreshToken });

  describe('access tokens', () => {
    it('behavior: a token names its key (kid), issuer and audience', async () => {
      const session = await signIn(await newAccount());
      const header = JSON.parse(Buffer.from(session.accessToken.split('.')[0], 'base64url').toString());
      expect(header).toEqual({ alg: 'HS256', typ: 'JWT', kid: keyIdOf(fleet.env.JWT_SECRET) });
      expect(claimsOf(session.accessToken)).toMatchObject({ iss: 'eurt-platform', aud: 'eurt-api', typ: 'access', sid: expect.any(String) });
      await me(session.accessToken, 1).expect(200);
    });

    it('behavior: a token signed with the previous key (JWT_PREVIOUS_SECRET) is still accepted', async () => {
      const session = await signIn(await newAccount());
      const claims = claimsOf(session.accessToken);
      const token = hs256({ alg: 'HS256', typ: 'JWT', kid: keyIdOf(PREVIOUS_SECRET) }, claims, PREVIOUS_SECRET);
      const response = await me(token).expect(200);
      expect(response.body.id).toBe(claims.sub);
    });

    it('error: an unknown kid, a wrong issuer or audience, alg none, no kid or an expired token is refused 401', async () => {
      const session = await signIn(await newAccount());
      const claims = claimsOf(session.accessToken);
      const secret = fleet.env.JWT_SECRET;
      const kid = keyIdOf(secret);
      const now = Math.floor(Date.now() / 1000);
      const forged: Record<string, string> = {
        'unknown kid': hs256({ alg: 'HS256', typ: 'JWT', kid: 'not-a-key-we-know' }, claims, secret),
        'key not ours under our kid': hs256({ alg: 'HS256', typ: 'JWT', kid }, claims, randomBytes(32).toString('hex')),
        'wrong issuer': hs256({ alg: 'HS256', typ: 'JWT', kid }, { ...claims, iss: 'someone-else' }, secret),
        'wrong audience': hs256({ alg: 'HS256', typ: 'JWT', kid }, { ...claims, aud: 'another-api' }, secret),
        'alg none': `${base64url({ alg: 'none', typ: 'JWT', kid })}.${base64url(claims)}.`,
        'no kid': hs256({ alg: 'HS256', typ: 'JWT' }, claims, secret),
        expired: hs256({ alg: 'HS256', typ: 'JWT', kid }, { ...claims, iat: now - 1000, exp: now - 10 }, secret),
        'no session': hs256({ alg: 'HS256', typ: 'JWT', kid }, { ...claims, sid: undefined }, secret),
      };
      for (const [what, token] of Object.entries(forged)) {
        const response = await me(token);
        expect({ what, status: response.status, code: response.body.code }).toEqual({ what, status: 401, code: 'AUTH.INVALID_TOKEN' });
      }
      await me(session.accessToken).expect(200);
    });
  });

  describe('sessions', () => {
    it('behavior: a session ends SESSION_MAX_LIFETIME_SECONDS after sign-in, however recently it was refreshed', async () => {
      let session = await signIn(await newAccount());
      // The session started when its first access token was issued (iat, whole seconds).
      const signedInAt = Number(claimsOf(session.accessToken).iat) * 1000;
      const rotations: number[] = [];
      const pause = 5000;
      // Rotate every few seconds, the last rotation still a few seconds before the absolute end.
      while (Date.now() + pause - signedInAt < (SESSION_LIFETIME_SECONDS - 5) * 1000) {
        await new Promise((resolve) => setTimeout(resolve, pause));
        session = (await refresh(session, rotations.length % 2).expect(200)).body as SignedIn;
        rotations.push(Date.now());
      }
      expect(rotations.length).toBeGreaterThanOrEqual(2);
      await me(session.accessToken, 1).expect(200);
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, signedInAt + SESSION_LIFETIME_SECONDS * 1000 + 2000 - Date.now())));
      // Just rotated (a few seconds ago), yet past the absolute end: both tokens are refused, on both instances.
      expect((await refresh(session).expect(401)).body.code).toBe('AUTH.INVALID_REFRESH_TOKEN');
      await eventually(async () => ((await me(session.accessToken, 1)).status === 401 ? true : undefined), 'the access token refused', 5_000);
      expect((await me(session.accessToken, 0).expect(401)).body.code).toBe('AUTH.SESSION_ENDED');
    }, 60_000);

    it('behavior: logout ends this session now (its access and refresh tokens), not the account\'s other sessions', async () => {
      const account = await newAccount();
      const [ending, other] = [await signIn(account, 0), await signIn(account, 1)];
      await me(ending.accessToken, 1).expect(200); // the other instance has it cached as open

      const logout = await member(0).post('/v1/auth/logout').set('authorization', `Bearer ${ending.accessToken}`).expect(200);
      expect(logout.body).toEqual({ endedSessions: 1 });
      expect((await me(ending.accessToken, 0).expect(401)).body.code).toBe('AUTH.SESSION_ENDED');
      await eventually(async () => ((await me(ending.accessToken, 1)).status === 401 ? true : undefined), 'the other instance to refuse it', SESSION_CHECK_CACHE_MS + 3000);
      await refresh(ending, 1).expect(401);

      await me(other.accessToken, 1).expect(200);
      await refresh(other, 0).expect(200);
    });

    it('behavior: logout-all ends every session of the account; another account keeps its own', async () => {
      const account = await newAccount();
      const sessions = [account.signUp, await signIn(account, 1), await signIn(account, 0)];
      const bystander = await signIn(await newAccount());

      const logout = await member(1).post('/v1/auth/logout-all').set('authorization', `Bearer ${sessions[1].accessToken}`).expect(200);
      expect(logout.body).toEqual({ endedSessions: 3 });
      for (const session of sessions) {
        await eventually(async () => ((await me(session.accessToken, 0)).status === 401 ? true : undefined), 'every access token refused', SESSION_CHECK_CACHE_MS + 3000);
        await refresh(session, 1).expect(401);
      }
      await me(bystander.accessToken, 1).expect(200);
    });

    it('behavior: a password change ends every other session; the one that changed it goes on, the new password signs in', async () => {
      const account = await newAccount();
      const [changing, other] = [account.signUp, await signIn(account, 1)];
      const change = (body: object) => member(1).post('/v1/me/password').set('authorization', `Bearer ${changing.accessToken}`).send(body);

      expect((await change({ currentPassword: 'not the password at all', newPassword: 'a brand new long password' }).expect(403)).body.code).toBe('AUTH.WRONG_PASSWORD');
      expect((await change({ currentPassword: account.password, newPassword: 'short' }).expect(400)).body.code).toBe('REQUEST.INVALID');
      await me(other.accessToken, 0).expect(200); // refusals changed nothing

      const newPassword = 'a brand new long password';
      expect((await change({ currentPassword: account.password, newPassword }).expect(200)).body).toEqual({ endedSessions: 1 });
      await eventually(async () => ((await me(other.accessToken, 0)).status === 401 ? true : undefined), 'the other session refused', SESSION_CHECK_CACHE_MS + 3000);
      await refresh(other, 1).expect(401);
      await me(changing.accessToken, 0).expect(200);
      await refresh(changing, 0).expect(200);

      await member(0).post('/v1/auth/login').set('x-forwarded-for', freshAddress()).send({ email: account.email, password: account.password }).expect(401);
      await signIn({ email: account.email, password: newPassword }, 1);
    });
  });

  describe('rate limits shared by the instances', () => {
    const wrongSignIn = (via: number, address: string, email: string) =>
      member(via).post('/v1/auth/login').set('x-forwarded-for', address).send({ email, password: 'wrong password 1234' });

    async function attempts(count: number, attempt: (index: number) => Promise<{ status: number }>): Promise<number[]> {
      const statuses: number[] = [];
      for (let index = 0; index < count; index++) statuses.push((await attempt(index)).status);
      return statuses;
    }
    const expected = [...Array<number>(AUTH_LIMIT).fill(401), 429];

    it('error: sign-ins from one address spread over both instances share one budget; the 429 is a problem document with Retry-After', async () => {
      const statuses = await attempts(AUTH_LIMIT, (index) => wrongSignIn(index % 2, '198.51.100.7', `nobody-${index}@example.com`));
      const refused = await wrongSignIn(1, '198.51.100.7', 'someone-else@example.com');
      expect([...statuses, refused.status]).toEqual(expected);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ status: 429, code: 'REQUEST.RATE_LIMITED' });
      expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
      expect(Number(refused.headers['retry-after'])).toBeLessThanOrEqual(60);
      await wrongSignIn(0, '198.51.100.8', 'nobody-0@example.com').expect(401); // another address has its own budget
    });

    it('error: sign-ins on one account from many addresses share the account\'s budget', async () => {
      const email = 'target-account@example.com';
      const statuses = await attempts(AUTH_LIMIT + 1, (index) => wrongSignIn(index % 2, `203.0.113.${100 + index}`, email));
      expect(statuses).toEqual(expected);
    });

    it('error: the addresses of one IPv6 /64 share one budget', async () => {
      const statuses = await attempts(AUTH_LIMIT + 1, (index) => wrongSignIn(index % 2, `2001:db8:77:1::${(index + 1).toString(16)}`, `v6-${index}@example.com`));
      expect(statuses).toEqual(expected);
      await wrongSignIn(0, '2001:db8:77:2::1', 'v6-other@example.com').expect(401);
    });

    it('behavior: the rate-limit table holds no address or e-mail in clear, nor do the sessions', async () => {
      const counters = JSON.stringify(await fleet.scan('rate_limits')).toLowerCase();
      expect(counters.length).toBeGreaterThan(100);
      for (const clear of ['198.51.100.7', '203.0.113.', '2001:db8', 'nobody-0@example.com', 'target-account@example.com', '192.0.2.']) expect(counters).not.toContain(clear);
      const sessions = JSON.stringify(await fleet.scan('sessions')).toLowerCase();
      expect(sessions).toContain('password-changed');
      expect(sessions).not.toContain('@example.com');
    });
  });
});
