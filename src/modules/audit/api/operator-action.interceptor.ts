import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { type Observable, catchError, from, mergeMap, throwError } from 'rxjs';
import { type AuthenticatedUser, IS_PUBLIC } from '../../../shared/auth/index.js';
import { currentActor, runAs } from '../../../shared/context/index.js';
import { DomainError } from '../../../shared/errors/index.js';
import { type ResponseWrite, collectResponseWrites } from '../../../shared/http/index.js';
import { GroupCommit } from '../../data/index.js';
import { OperatorActionRecorded, type OperatorActionPayload } from '../domain/events/operator-action-recorded.event.js';

const REASON_MAX = 500;

/**
 * Records every change an authenticated caller makes through the API (and every business refusal
 * of one) in the audit trail, as an event committed in the caller's acting context. Reads are not
 * recorded; public routes (sign-up, webhooks) are recorded through the events they cause.
 */
@Injectable()
export class OperatorActionInterceptor implements NestInterceptor {
  private readonly logger = new Logger(OperatorActionInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly groupCommit: GroupCommit,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (request.method === 'GET' || request.method === 'HEAD' || isPublic || !request.user) return next.handle();
    const action = `${context.getClass().name}.${context.getHandler().name}`;
    // The answer's own writes (its idempotency record) commit with the record of the action: one write.
    const answerWrites = collectResponseWrites(request);
    const record = (payload: Omit<OperatorActionPayload, 'action' | 'method' | 'route' | 'targetIds' | 'reason' | 'customerId'>) =>
      this.record(request, action, payload, answerWrites.splice(0));
    return next.handle().pipe(
      mergeMap(async (body: unknown) => {
        const response = context.switchToHttp().getResponse<Response>();
        const result = body as { id?: unknown; status?: unknown; previousStatus?: unknown } | undefined;
        await record({
          outcome: 'succeeded',
          status: response.statusCode,
          ...(typeof result?.id === 'string' ? { resultId: result.id } : {}),
          ...(typeof result?.status === 'string' ? { resultStatus: result.status } : {}),
          ...(typeof result?.previousStatus === 'string' ? { previousStatus: result.previousStatus } : {}),
        });
        return body;
      }),
      catchError((error: unknown) => {
        if (!(error instanceof DomainError) || error.status >= 500) return throwError(() => error);
        return from(record({ outcome: 'refused', status: error.status, problemCode: error.code })).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }

  /**
   * Commits the record of the action, with the answer's writes if there are any. Those must commit
   * before the answer leaves, so their failure fails the request; a record on its own that fails
   * is logged and the answer still goes.
   */
  private async record(
    request: Request & { user?: AuthenticatedUser },
    action: string,
    outcome: Omit<OperatorActionPayload, 'action' | 'method' | 'route' | 'targetIds' | 'reason' | 'customerId'>,
    answerWrites: ResponseWrite[],
  ): Promise<void> {
    const user = request.user as AuthenticatedUser;
    const targetIds = Object.fromEntries(Object.entries(request.params ?? {}).map(([name, value]) => [name, String(value)]));
    const reason = typeof request.body?.reason === 'string' ? (request.body.reason as string).slice(0, REASON_MAX) : undefined;
    const onlyCustomer = user.roles.length === 1 && user.roles[0] === 'customer';
    const customerId = targetIds.customerId ?? (onlyCustomer ? user.customerId : undefined);
    const payload: OperatorActionPayload = {
      action,
      method: request.method,
      route: (request.route as { path?: string } | undefined)?.path ?? request.path,
      targetIds,
      ...outcome,
      ...(reason ? { reason } : {}),
      ...(customerId ? { customerId } : {}),
    };
    const aggregateId = outcome.resultId ?? Object.values(targetIds)[0] ?? user.customerId;
    const acting = currentActor() ?? { requestId: String((request as { id?: unknown }).id ?? '') };
    const commit = () =>
      runAs({ ...acting, actorId: user.customerId, actorRoles: user.roles }, () => {
        const recorded = new OperatorActionRecorded(aggregateId, payload);
        if (answerWrites.length) return Promise.all(answerWrites.map((write, index) => write(index === 0 ? [recorded] : []))).then(() => undefined);
        // Concurrent requests' records share a transaction: one write for many actions.
        return this.groupCommit.commit([], recorded.eventId, [recorded]);
      });
    if (answerWrites.length) return commit();
    try {
      await commit();
    } catch (error) {
      this.logger.error({ err: error, action }, 'could not record the action in the audit trail');
    }
  }
}
