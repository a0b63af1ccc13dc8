import createClient, { type Middleware } from 'openapi-fetch';
import { apiBaseUrl } from '../lib/config.js';
import { connectivity } from '../lib/connectivity.js';
import { session } from '../lib/session.js';
import type { components, paths } from './schema.js';

export type Schemas = components['schemas'];
export type Operation = Schemas['OperationResponse'];
export type Balance = Schemas['BalanceResponse'];
export type Me = Schemas['MeResponse'];
export type BankAccount = Schemas['BankAccountResponse'];

/** An RFC 9457 problem document as the API sends it (`code` is stable; `errors` lists invalid fields). */
export interface Problem {
  status: number;
  code: string;
  detail?: string;
  errors?: string[];
}

/** Marks requests that must not retry after refreshing the session (the refresh itself, sign in). */
const retried = new WeakSet<Request>();
const originals = new Map<string, Request>();

/**
 * Bearer token on every request; a 401 refreshes the session once (refresh token rotation) and
 * replays the request; a network failure flips the offline banner.
 */
const auth: Middleware = {
  async onRequest({ request, id }) {
    const token = session.accessToken;
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    originals.set(id, request.clone());
    return request;
  },
  async onResponse({ request, response, id }) {
    const original = originals.get(id);
    originals.delete(id);
    if (response.status !== 401 || !original || retried.has(request) || new URL(request.url).pathname.startsWith('/v1/auth/')) return response;
    if (!(await session.refresh())) return response;
    const replay = new Request(original, { headers: new Headers(original.headers) });
    replay.headers.set('authorization', `Bearer ${session.accessToken}`);
    retried.add(replay);
    return fetch(replay);
  },
};

async function trackedFetch(input: Request): Promise<Response> {
  try {
    const response = await fetch(input);
    connectivity.reachable();
    return response;
  } catch (error) {
    connectivity.unreachable();
    throw error;
  }
}

export const api = createClient<paths>({ baseUrl: apiBaseUrl(), fetch: trackedFetch });
api.use(auth);

export function asProblem(error: unknown, status: number): Problem {
  const body = (error ?? {}) as Partial<Problem>;
  return { status, code: body.code ?? `HTTP.${status}`, ...(body.detail ? { detail: body.detail } : {}), ...(Array.isArray(body.errors) ? { errors: body.errors } : {}) };
}

/** A fresh Idempotency-Key per money-moving request the person makes (a retry of the same request reuses it). */
export function idempotencyKey(): string {
  return crypto.randomUUID();
}
