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
  writtenOff: string;
  backed: boolean;
  reconciled: boolean;
}

/** `GET /v1/admin/reserves` as an operator sees it. */
export async function reservesOf(platform: PlatformClient, operator: Session): Promise<Reserves> {
  return (await platform.http.get('/v1/admin/reserves').set(bearer(operator)).expect(200)).body as Reserves;
}

/**
 * A second admin, for maker-checker: a fresh account the first admin makes an admin (while only
 * one admin exists that grant takes effect at once), signed in again to carry the role.
 */
export async function secondAdminSession(platform: PlatformClient, firstAdmin: Session): Promise<Session & { id: string }> {
  const unique = Math.random().toString(36).slice(2, 10);
  const input = { email: `checker-${unique}@example.com`, password: 'checker password 1234', fullName: 'Second Admin', phone: `+3170${String(Date.now()).slice(-7)}` };
  const registered = await platform.http.post('/v1/auth/register').send(input).expect(201);
  const grant = await platform.http.post(`/v1/admin/operators/${registered.body.id}/roles`).set(bearer(firstAdmin)).send({ role: 'admin' }).expect(202);
  if (grant.body.status !== 'executed') {
    // A second admin exists already: the grant waits for approval; the first admin cannot give it, so use that other admin's path.
    throw new Error('secondAdminSession: an admin other than the first one exists already; approve the grant with it');
  }
  const login = await platform.http.post('/v1/auth/login').send({ email: input.email, password: input.password }).expect(200);
  return { id: registered.body.id as string, token: login.body.accessToken as string };
}

/** Approves a maker-checker request as `checker` (not its requester) and returns the decided request. */
export async function approve(platform: PlatformClient, checker: Session, approvalId: string) {
  return (await platform.http.post(`/v1/admin/approvals/${approvalId}/approve`).set(bearer(checker)).send({}).expect(200)).body as { status: string };
}
