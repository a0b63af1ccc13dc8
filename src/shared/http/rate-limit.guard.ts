import { CanActivate, ExecutionContext, Inject, Injectable, SetMetadata, UseGuards, applyDecorators } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { type RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { EnvelopeCipher } from '../crypto/envelope-cipher.js';
import { DomainError } from '../errors/domain-error.js';
import { addressGroup } from './address-group.js';
import { type AttemptCounter, LocallyCountedLimiter } from './locally-counted-limiter.js';
import type { RateLimitConfig } from './rate-limit.config.js';

/** Builds limiters on the shared store (the data module's DynamoDB table). */
export interface RateLimitStore {
  /** The configured budgets (rateLimitConfig), read where the store is built. */
  readonly budgets: RateLimitConfig;
  limiter(keyPrefix: string, pointsPerMinute: number): RateLimiterAbstract;
}
export const RATE_LIMIT_STORE = Symbol('RATE_LIMIT_STORE');

type AuthenticatedRequest = Request & { user?: { customerId: string } };

/** Who the account of a request is, per policy: what an attacker cannot spread over many addresses. */
const POLICIES = {
  'sign-in': { budget: 'auth', accountOf: (request: AuthenticatedRequest) => emailOf(request) },
  'sign-up': { budget: 'auth', accountOf: (request: AuthenticatedRequest) => emailOf(request) },
  refresh: { budget: 'auth', accountOf: (request: AuthenticatedRequest) => String(request.body?.refreshToken ?? '').split('.')[0] || undefined },
  password: { budget: 'auth', accountOf: (request: AuthenticatedRequest) => request.user?.customerId },
  kyc: { budget: 'api', accountOf: (request: AuthenticatedRequest) => request.user?.customerId },
  transfer: { budget: 'api', accountOf: (request: AuthenticatedRequest) => request.user?.customerId },
} as const;
export type RateLimitPolicy = keyof typeof POLICIES;

const RATE_LIMIT_POLICY = 'http:rate-limit-policy';

function emailOf(request: Request): string | undefined {
  const email = request.body?.email;
  return typeof email === 'string' && email.trim() ? email.trim().toLowerCase() : undefined;
}

/** Counts the route's attempts per client address and per account; over either budget it answers 429 with Retry-After. */
export const RateLimit = (policy: RateLimitPolicy) =>
  applyDecorators(
    SetMetadata(RATE_LIMIT_POLICY, policy),
    UseGuards(RateLimitGuard),
    ApiTooManyRequestsResponse({ description: 'Too many attempts from this address or on this account: a problem document `REQUEST.RATE_LIMITED` with Retry-After' }),
  );

/**
 * Rate limits shared by every instance (the API's counted locally between syncs: LocallyCountedLimiter). Counters are keyed by a blind index of the address group
 * or the account, never by the address or e-mail itself.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiters = new Map<string, AttemptCounter>();

  constructor(
    private readonly reflector: Reflector,
    @Inject(RATE_LIMIT_STORE) private readonly store: RateLimitStore,
    private readonly cipher: EnvelopeCipher,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const name = this.reflector.getAllAndOverride<RateLimitPolicy | undefined>(RATE_LIMIT_POLICY, [context.getHandler(), context.getClass()]);
    if (!name) return true;
    const http = context.switchToHttp();
    const request = http.getRequest<AuthenticatedRequest>();
    const policy = POLICIES[name];
    const budgets = this.store.budgets;
    const perAddress = policy.budget === 'auth' ? budgets.AUTH_RATE_LIMIT_PER_MINUTE : budgets.API_RATE_LIMIT_PER_MINUTE;
    const perAccount = policy.budget === 'auth' ? (budgets.ACCOUNT_RATE_LIMIT_PER_MINUTE ?? perAddress) : perAddress;
    const account = policy.accountOf(request);
    try {
      await this.limiter(`${name}:address`, perAddress, policy.budget).consume(this.keyOf(name, addressGroup(request.ip)));
      if (account) await this.limiter(`${name}:account`, perAccount, policy.budget).consume(this.keyOf(name, account));
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      http.getResponse<Response>().setHeader('Retry-After', String(retryAfterSeconds));
      throw new DomainError('REQUEST.RATE_LIMITED', 'Too many attempts; try again later.', 429, { details: { retryAfterSeconds } });
    }
  }

  private keyOf(policy: string, subject: string): string {
    return this.cipher.blindIndex(`${policy}:${subject}`, 'rate-limit');
  }

  /** Sign-in budgets are counted in the shared table on every attempt; the API's on this instance, told to the table in the background. */
  private limiter(keyPrefix: string, points: number, budget: 'auth' | 'api'): AttemptCounter {
    const key = `${keyPrefix}:${points}`;
    let limiter = this.limiters.get(key);
    if (!limiter) {
      const shared = this.store.limiter(keyPrefix, points);
      limiter = budget === 'auth' ? shared : new LocallyCountedLimiter(shared, points, this.store.budgets.API_RATE_LIMIT_SYNC_MS);
      this.limiters.set(key, limiter);
    }
    return limiter;
  }
}
