import { Controller, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/index.js';
import { ApiProblems } from './openapi/index.js';

/** Marks a route that acts on the caller's own money: only a bearer with the `customer` role (an operator-only token gets 403). */
export const CustomerOnly = () => applyDecorators(Roles('customer'), ApiProblems({ 403: ['AUTH.FORBIDDEN'] }));

/**
 * A controller of a customer's own money (`/v1/me/...`): grouped under `tag`, open only to a
 * bearer holding the `customer` role. An admin, compliance or treasury account that is not also
 * a customer has no wallet, KYC or IBAN to act on: 403 rather than a half-working answer.
 */
export function CustomerController(path: string, tag: string): ClassDecorator {
  return applyDecorators(ApiTags(tag), ApiBearerAuth(), Roles('customer'), ApiProblems({ 401: ['AUTH.UNAUTHENTICATED', 'AUTH.INVALID_TOKEN'], 403: ['AUTH.FORBIDDEN'] }), Controller(path));
}
