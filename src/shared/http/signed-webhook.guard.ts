import { CanActivate, ExecutionContext, RawBodyRequest } from '@nestjs/common';
import type { Request } from 'express';
import { SIGNATURE_HEADER, verifyWebhookSignature } from '../crypto/index.js';
import { UnauthorizedError } from '../errors/index.js';

/**
 * Refuses a webhook whose `X-Signature` does not match the raw body under one of the secrets, or
 * whose timestamp is outside the tolerance. Runs before validation, so an unsigned caller learns
 * nothing about the expected body.
 */
export abstract class SignedWebhookGuard implements CanActivate {
  protected abstract secrets(): readonly string[];

  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<RawBodyRequest<Request>>();
    const header = request.headers[SIGNATURE_HEADER];
    const verdict = verifyWebhookSignature(Array.isArray(header) ? header[0] : header, request.rawBody ?? Buffer.alloc(0), this.secrets());
    if (!verdict.valid) {
      throw new UnauthorizedError(
        verdict.reason === 'stale' ? 'WEBHOOK.STALE' : 'WEBHOOK.SIGNATURE_INVALID',
        verdict.reason === 'stale' ? 'The webhook timestamp is outside the 5-minute tolerance.' : 'The webhook signature is missing or invalid.',
      );
    }
    return true;
  }
}

export function splitSecrets(configured: string): string[] {
  return configured
    .split(',')
    .map((secret) => secret.trim())
    .filter(Boolean);
}
