import type request from 'supertest';
import { TEST_ADMIN } from './platform.js';

/**
 * What the suites talk to: an HTTP client on a running platform and the environment it was started
 * with. Both the in-process platform (`startPlatform`) and the child process (`PlatformProcess`) are one.
 */
export interface PlatformClient {
  readonly http: ReturnType<typeof request>;
  readonly env: Record<string, string>;
}

/** A signed-in party: a customer, an operator. */
export interface Session {
  token: string;
}

export const bearer = (session: Session) => ({ authorization: `Bearer ${session.token}` });

/** The first admin (created at boot from ADMIN_EMAIL / ADMIN_PASSWORD), signed in. */
export async function adminSession(platform: PlatformClient): Promise<Session> {
  const login = await platform.http.post('/v1/auth/login').send(TEST_ADMIN).expect(200);
  return { token: login.body.accessToken as string };
}

export interface Reserves {
  totalSupply: string;
  omnibusBalance: string;
  acquirerBalance: string;
  inFlight: string;
  shortfall: string;
  backed: boolean;
  reconciled: boolean;
}

/** `GET /v1/admin/reserves` as an operator sees it. */
export async function reservesOf(platform: PlatformClient, operator: Session): Promise<Reserves> {
  return (await platform.http.get('/v1/admin/reserves').set(bearer(operator)).expect(200)).body as Reserves;
}
