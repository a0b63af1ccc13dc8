import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { ForbiddenError, UnauthorizedError } from '../errors/domain-error.js';
import { AccessTokens } from './access-tokens.js';
import { AuthenticatedUser, IS_PUBLIC, REQUIRED_ROLES, ROLES, Role } from './auth.decorators.js';
import { SessionCheck } from './session-check.js';

const invalidToken = () => new UnauthorizedError('AUTH.INVALID_TOKEN', 'The access token is invalid or expired.');

/** Global guard: every route needs a valid access token of an open session unless marked @Public(); @Roles() narrows it. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokens,
    private readonly sessions: SessionCheck,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedError('AUTH.UNAUTHENTICATED', 'A bearer access token is required.');

    const claims = await this.tokens.verify(token);
    if (!claims || claims.typ !== 'access' || !Array.isArray(claims.roles) || typeof claims.sid !== 'string') throw invalidToken();
    if (!(await this.sessions.isOpen(claims.sid))) throw new UnauthorizedError('AUTH.SESSION_ENDED', 'This session has ended; sign in again.');
    const user: AuthenticatedUser = { customerId: claims.sub, sessionId: claims.sid, roles: claims.roles.filter((role) => ROLES.includes(role)) };
    request.user = user;

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required?.length && !required.some((role) => user.roles.includes(role))) {
      throw new ForbiddenError('AUTH.FORBIDDEN', 'Your role does not allow this operation.');
    }
    return true;
  }
}
