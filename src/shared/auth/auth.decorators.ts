import { ExecutionContext, SetMetadata, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';
import type { Request } from 'express';

export const IS_PUBLIC = 'auth:public';
export const REQUIRED_ROLES = 'auth:roles';

export type Role = 'customer' | 'admin' | 'compliance' | 'treasury';
export const ROLES: readonly Role[] = ['customer', 'admin', 'compliance', 'treasury'];

/** Who acts: a signed-in account, or the platform on a customer's behalf. */
export interface Actor {
  customerId: string;
  roles: Role[];
}

export interface AuthenticatedUser extends Actor {
  /** The session the access token belongs to (logout ends it). */
  sessionId: string;
}

/** Marks a public operation in the OpenAPI document; the document builder turns it into `security: []`. */
export const PUBLIC_OPERATION_EXTENSION = 'x-eurt-public';

/** Opts a route out of the global bearer-token guard (login, webhooks, health); the document says `security: []`. */
export const Public = () => applyDecorators(SetMetadata(IS_PUBLIC, true), ApiExtension(PUBLIC_OPERATION_EXTENSION, true));

/** The caller needs at least one of these roles. */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): AuthenticatedUser => {
  const request = context.switchToHttp().getRequest<Request & { user: AuthenticatedUser }>();
  return request.user;
});
