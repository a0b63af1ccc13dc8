import { BadRequestException, type CallHandler, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Subject, firstValueFrom, lastValueFrom, of, throwError } from 'rxjs';
import { ConflictError, DomainError } from '../../errors/index.js';
import type { DomainEvent } from '../../events/index.js';
import { collectResponseWrites } from '../response-commit.js';
import { IdempotencyInterceptor, canonicalJson } from './idempotency.interceptor.js';
import type { ClaimOutcome, IdempotencyRecord, IdempotencyStore, StoredResponse } from './idempotency.store.js';
import { IDEMPOTENT_OPTIONS } from './idempotent.options.js';

class MemoryStore implements IdempotencyStore {
  readonly records = new Map<string, IdempotencyRecord>();
  async claim(id: string, fingerprint: string, lockMs: number): Promise<ClaimOutcome> {
    const existing = this.records.get(id);
    if (existing) return { claimed: false, existing };
    this.records.set(id, { fingerprint, state: 'in_progress', lockedUntil: Date.now() + lockMs });
    return { claimed: true };
  }
  readonly eventsOfCompletions: DomainEvent[][] = [];
  failing = false;
  async complete(id: string, response: StoredResponse, events: DomainEvent[] = []): Promise<void> {
    if (this.failing) throw new Error('unavailable');
    this.eventsOfCompletions.push(events);
    this.records.set(id, { ...(this.records.get(id) as IdempotencyRecord), state: 'completed', response });
  }
  async release(id: string): Promise<void> {
    this.records.delete(id);
  }
}

function handler() {}

describe('IdempotencyInterceptor', () => {
  let store: MemoryStore;
  let interceptor: IdempotencyInterceptor;
  let headers: Record<string, string>;

  const context = (body: unknown, key = 'key-1', user = 'customer-1', path = '/v1/me/topups') => {
    headers = {};
    const request = { headers: { 'idempotency-key': key }, method: 'POST', route: { path: '/v1/admin/topups/:id/refund' }, path, body, user: { customerId: user } };
    const response = { setHeader: (name: string, value: string) => (headers[name] = value), statusCode: 200 };
    return {
      getHandler: () => handler,
      switchToHttp: () => ({ getRequest: () => request, getResponse: () => response }),
    } as unknown as ExecutionContext;
  };
  const calls = (result: () => unknown) => {
    let count = 0;
    const next: CallHandler = { handle: () => (count++, result() as never) };
    return { next, count: () => count };
  };

  beforeEach(() => {
    store = new MemoryStore();
    const reflector = new Reflector();
    Reflect.defineMetadata(IDEMPOTENT_OPTIONS, { retentionSeconds: 7 * 24 * 3600 }, handler);
    interceptor = new IdempotencyInterceptor(reflector, store);
  });

  it('behavior: the same key and body get the stored first response without running again', async () => {
    const first = calls(() => of({ id: 'topup-1' }));
    expect(await lastValueFrom(interceptor.intercept(context({ amount: '100' }), first.next))).toEqual({ id: 'topup-1' });
    const second = calls(() => of({ id: 'topup-2' }));
    expect(await lastValueFrom(interceptor.intercept(context({ amount: '100' }), second.next))).toEqual({ id: 'topup-1' });
    expect(second.count()).toBe(0);
    expect(headers['Idempotent-Replayed']).toBe('true');
  });

  it('behavior: the same parameters in another key order are the same request', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 'x' } })).toBe(canonicalJson({ a: { c: 'x', d: [2, { e: 0, f: 1 }] }, b: 1 }));
  });

  it('error: the same key with a different body is a 409', async () => {
    await lastValueFrom(interceptor.intercept(context({ amount: '100' }), calls(() => of({})).next));
    await expect(lastValueFrom(interceptor.intercept(context({ amount: '200' }), calls(() => of({})).next))).rejects.toMatchObject({
      code: 'IDEMPOTENCY.KEY_REUSED',
      status: 409,
    });
  });

  it('error: the same key while the first request runs is a retryable 409', async () => {
    const pending = new Subject<unknown>();
    const first = lastValueFrom(interceptor.intercept(context({ amount: '100' }), calls(() => pending).next));
    await new Promise((resolve) => setImmediate(resolve));
    await expect(firstValueFrom(interceptor.intercept(context({ amount: '100' }), calls(() => of({})).next))).rejects.toBeInstanceOf(ConflictError);
    expect(headers['Retry-After']).toBe('1');
    pending.next({ id: 'done' });
    pending.complete();
    expect(await first).toEqual({ id: 'done' });
  });

  it('behavior: keys are scoped to the caller', async () => {
    await lastValueFrom(interceptor.intercept(context({ amount: '100' }, 'shared', 'alice'), calls(() => of({ who: 'alice' })).next));
    const bob = calls(() => of({ who: 'bob' }));
    expect(await lastValueFrom(interceptor.intercept(context({ amount: '100' }, 'shared', 'bob'), bob.next))).toEqual({ who: 'bob' });
  });

  it('behavior: keys are scoped to the concrete URL: the same key on another resource runs anew', async () => {
    await lastValueFrom(interceptor.intercept(context({ reason: 'r' }, 'shared', 'admin', '/v1/admin/topups/a/refund'), calls(() => of({ refunded: 'a' })).next));
    const second = calls(() => of({ refunded: 'b' }));
    expect(await lastValueFrom(interceptor.intercept(context({ reason: 'r' }, 'shared', 'admin', '/v1/admin/topups/b/refund'), second.next))).toEqual({ refunded: 'b' });
    expect(second.count()).toBe(1);
    expect(headers['Idempotent-Replayed']).toBeUndefined();
  });

  it('behavior: a validation failure is not stored; a retry runs', async () => {
    await expect(lastValueFrom(interceptor.intercept(context({ amount: 'x' }), calls(() => throwError(() => new BadRequestException(['amount']))).next))).rejects.toBeInstanceOf(BadRequestException);
    expect(store.records.size).toBe(0);
  });

  it('behavior: a business refusal is stored and replayed', async () => {
    const refusal = () => throwError(() => new DomainError('TOPUPS.LIMIT', 'Too much.', 422));
    await expect(lastValueFrom(interceptor.intercept(context({ amount: '100' }), calls(refusal).next))).rejects.toMatchObject({ code: 'TOPUPS.LIMIT' });
    const again = calls(() => of({ id: 'x' }));
    await expect(lastValueFrom(interceptor.intercept(context({ amount: '100' }), again.next))).rejects.toMatchObject({ code: 'TOPUPS.LIMIT', status: 422 });
    expect(again.count()).toBe(0);
  });

  it('behavior: under an interceptor that records the request, the answer is stored with its record, in one write, when that one commits', async () => {
    const call = context({ amount: '100' });
    const answerWrites = collectResponseWrites(call.switchToHttp().getRequest<object>());
    expect(await lastValueFrom(interceptor.intercept(call, calls(() => of({ id: 'topup-1' })).next))).toEqual({ id: 'topup-1' });
    expect(store.records.get([...store.records.keys()][0])?.state).toBe('in_progress');
    expect(answerWrites).toHaveLength(1);
    const record = { eventType: 'audit.action-recorded' } as DomainEvent;
    await answerWrites[0]([record]);
    expect(store.eventsOfCompletions).toEqual([[record]]);
    expect(await lastValueFrom(interceptor.intercept(context({ amount: '100' }), calls(() => of({ id: 'topup-2' })).next))).toEqual({ id: 'topup-1' });
  });

  it('error: an answer whose joined write fails releases the key: a retry runs the request again', async () => {
    const call = context({ amount: '100' });
    const answerWrites = collectResponseWrites(call.switchToHttp().getRequest<object>());
    await lastValueFrom(interceptor.intercept(call, calls(() => of({ id: 'topup-1' })).next));
    store.failing = true;
    await expect(answerWrites[0]([])).rejects.toThrow('unavailable');
    expect(store.records.size).toBe(0);
    store.failing = false;
    const retry = calls(() => of({ id: 'topup-1' }));
    expect(await lastValueFrom(interceptor.intercept(context({ amount: '100' }), retry.next))).toEqual({ id: 'topup-1' });
    expect(retry.count()).toBe(1);
  });

  it('error: a missing or malformed key is refused', async () => {
    await expect(lastValueFrom(interceptor.intercept(context({}, ''), calls(() => of({})).next))).rejects.toMatchObject({ code: 'IDEMPOTENCY.KEY_REQUIRED', status: 400 });
  });
});
