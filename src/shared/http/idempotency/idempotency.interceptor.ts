import { createHash } from 'node:crypto';
import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { type Observable, catchError, from, mergeMap, of, throwError } from 'rxjs';
import { DomainError } from '../../errors/index.js';
import type { DomainEvent } from '../../events/index.js';
import { joinResponseWrites } from '../response-commit.js';
import { idempotencyKeyRequired, idempotencyKeyReused, idempotentRequestInProgress } from './idempotency.errors.js';
import { IDEMPOTENCY_STORE, type IdempotencyStore, type StoredResponse } from './idempotency.store.js';
import { IDEMPOTENT_OPTIONS, type IdempotentOptions } from './idempotent.options.js';

const HEADER = 'idempotency-key';
/** Where @HttpCode() keeps its status (Nest's HTTP_CODE_METADATA). */
const HTTP_CODE_METADATA = '__httpCode__';
const KEY_FORMAT = /^[\x21-\x7e]{1,255}$/;
/** A first request that has not finished after this long is presumed dead; a retry may take over. */
const LOCK_MS = 60_000;

interface StoredProblem {
  code: string;
  detail: string;
  details?: Record<string, unknown>;
}

@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    @Inject(IDEMPOTENCY_STORE) private readonly store: IdempotencyStore,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const options = this.reflector.get<Required<IdempotentOptions>>(IDEMPOTENT_OPTIONS, context.getHandler());
    const request = context.switchToHttp().getRequest<Request & { user?: { customerId: string } }>();
    const response = context.switchToHttp().getResponse<Response>();
    const key = request.headers[HEADER];
    if (typeof key !== 'string' || !KEY_FORMAT.test(key)) return throwError(() => idempotencyKeyRequired());

    // Keys are scoped to the caller (as Stripe scopes them to the account) and to the method and
    // concrete path: the same key sent to refund top-up A and then top-up B is two requests, and
    // B's answer is never A's. Within that scope, another body is a reuse (409).
    const id = sha256(`${request.user?.customerId ?? 'anonymous'}\n${request.method} ${request.path}\n${key}`);
    const fingerprint = sha256(canonicalJson(request.body ?? null));
    return from(this.store.claim(id, fingerprint, LOCK_MS, options.retentionSeconds)).pipe(
      mergeMap((outcome) => {
        if (outcome.claimed) return this.run(id, request, next, successStatus(this.reflector, context, request.method));
        const { existing } = outcome;
        if (existing.fingerprint !== fingerprint) return throwError(() => idempotencyKeyReused());
        if (existing.state === 'in_progress' || !existing.response) {
          response.setHeader('Retry-After', '1');
          return throwError(() => idempotentRequestInProgress());
        }
        response.setHeader('Idempotent-Replayed', 'true');
        return replay(existing.response);
      }),
    );
  }

  private run(id: string, request: object, next: CallHandler, status: number): Observable<unknown> {
    let answered = false;
    return next.handle().pipe(
      mergeMap(async (body) => {
        answered = true;
        await this.complete(id, request, { status, body: body ?? null });
        return body;
      }),
      catchError((error: unknown) =>
        // A completion that failed released the key already; an answer that never came may still be stored (a refusal) or released.
        answered ? throwError(() => error) : from(this.settleFailure(id, request, error)).pipe(mergeMap(() => throwError(() => error))),
      ),
    );
  }

  /**
   * Stores the answer: with the audit record of the request when an outer interceptor writes one
   * (one write for both, before the answer leaves), else on its own. A completion that fails
   * releases the key, so a retry runs the request again (the handlers are idempotent).
   */
  private async complete(id: string, request: object, response: StoredResponse): Promise<void> {
    const completeOrRelease = async (events: DomainEvent[] = []) => {
      try {
        await this.store.complete(id, response, events);
      } catch (error) {
        await this.store.release(id).catch(() => undefined);
        throw error;
      }
    };
    if (!joinResponseWrites(request, completeOrRelease)) await completeOrRelease();
  }

  /** A business refusal is the answer to this request and is replayed; anything else may be retried. */
  private async settleFailure(id: string, request: object, error: unknown): Promise<void> {
    if (error instanceof DomainError && error.status >= 400 && error.status < 500) {
      const problem: StoredProblem = { code: error.code, detail: error.message, ...(error.details ? { details: error.details } : {}) };
      await this.complete(id, request, { status: error.status, body: problem });
      return;
    }
    // Validation failures (the pipes run after this interceptor) and unexpected errors are not
    // stored: the request did not run, or may not have finished, and a retry must execute it.
    await this.store.release(id);
  }
}

/** The status Nest will answer with (it sets it after the interceptors): @HttpCode, else 201 for POST. */
function successStatus(reflector: Reflector, context: ExecutionContext, method: string): number {
  return reflector.get<number | undefined>(HTTP_CODE_METADATA, context.getHandler()) ?? (method === 'POST' ? 201 : 200);
}

function replay(stored: StoredResponse): Observable<unknown> {
  if (stored.status < 400) return of(stored.body);
  const problem = stored.body as StoredProblem;
  return throwError(() => new DomainError(problem.code, problem.detail, stored.status, { details: problem.details }));
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64url');
}

/** JSON with sorted keys: the same parameters in another order are the same request. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
