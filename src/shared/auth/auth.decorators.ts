import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import type { Request } from 'express';

export const IS_PUBLIC = 'auth:public';
export const REQUIRED_ROLES = 'auth:roles';

export type Role = 'customer' | 'admin' | 'compliance' | 'treasury';
export const ROLES: readonly Role[] = ['customer', 'admin', 'compliance', 'treasury'];

export interface AuthenticatedUser {
  customerId: string;
  roles: Role[];
}

/** Opts a route out of the global bearer-token guard (login, webhooks, health). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<Request & { user: AuthenticatedUser }>();
  return request.user;
});
