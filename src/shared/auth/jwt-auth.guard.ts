import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { JwtService } from '@nestjs/jwt';
import type { Request } from 'express';
import { ForbiddenError, UnauthorizedError } from '../errors/domain-error.js';
import { AuthenticatedUser, IS_PUBLIC, REQUIRED_ROLES, ROLES, Role } from './auth.decorators.js';

export interface AccessTokenClaims {
  sub: string;
  roles: Role[];
  typ: 'access';
}

/** Global guard: every route needs a valid access token unless marked @Public(); @Roles() narrows it. */
@Injectable()
export class JwtAuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly jwt: JwtService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<Request & { user?: AuthenticatedUser }>();
    const [scheme, token] = (request.headers.authorization ?? '').split(' ');
    if (scheme !== 'Bearer' || !token) throw new UnauthorizedError('AUTH.UNAUTHENTICATED', 'A bearer access token is required.');

    let claims: AccessTokenClaims;
    try {
      claims = await this.jwt.verifyAsync<AccessTokenClaims>(token, { algorithms: ['HS256'] });
    } catch {
      throw new UnauthorizedError('AUTH.INVALID_TOKEN', 'The access token is invalid or expired.');
    }
    if (claims.typ !== 'access' || !Array.isArray(claims.roles)) {
      throw new UnauthorizedError('AUTH.INVALID_TOKEN', 'The access token is invalid or expired.');
    }
    const user: AuthenticatedUser = { customerId: claims.sub, roles: claims.roles.filter((role) => ROLES.includes(role)) };
    request.user = user;

    const required = this.reflector.getAllAndOverride<Role[] | undefined>(REQUIRED_ROLES, targets);
    if (required?.length && !required.some((role) => user.roles.includes(role))) {
      throw new ForbiddenError('AUTH.FORBIDDEN', 'Your role does not allow this operation.');
    }
    return true;
  }
}
