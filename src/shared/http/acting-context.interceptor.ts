import { randomUUID } from 'node:crypto';
import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request } from 'express';
import { Observable } from 'rxjs';
import { runAs } from '../context/index.js';

/**
 * Runs each handler inside the caller's acting context (after the auth guard has set `user`), so
 * that what the handler commits is attributed to the caller and the request in the audit trail.
 */
@Injectable()
export class ActingContextInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<Request & { id?: unknown; user?: { customerId: string; roles: string[] } }>();
    const header = request.headers['x-request-id'];
    const requestId = typeof request.id === 'string' || typeof request.id === 'number' ? String(request.id) : typeof header === 'string' ? header.slice(0, 100) : randomUUID();
    const acting = { requestId, actorId: request.user?.customerId, actorRoles: request.user?.roles };
    return new Observable((subscriber) => runAs(acting, () => next.handle().subscribe(subscriber)));
  }
}
