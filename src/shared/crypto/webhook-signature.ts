import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-signature';
export const SIGNATURE_TOLERANCE_SECONDS = 300;

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`, as the bank, acquirer and KYC provider send it. */
export function signWebhook(secret: string, rawBody: string | Buffer, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, rawBody)}`;
}

export type SignatureVerdict = { valid: true; timestamp: number } | { valid: false; reason: 'malformed' | 'stale' | 'mismatch' };

/**
 * Accepts the header when any `v1=` value matches any of the secrets (several during a rotation)
 * and the timestamp is within the tolerance, in either direction.
 */
export function verifyWebhookSignature(
  header: string | undefined,
  rawBody: Buffer,
  secrets: readonly string[],
  nowSeconds = Math.floor(Date.now() / 1000),
): SignatureVerdict {
  if (!header) return { valid: false, reason: 'malformed' };
  const parts = header.split(',').map((part) => part.trim().split('='));
  const timestamps = parts.filter(([key]) => key === 't').map(([, value]) => value);
  const signatures = parts.filter(([key, value]) => key === 'v1' && /^[0-9a-f]{64}$/.test(value ?? '')).map(([, value]) => value);
  if (timestamps.length !== 1 || !/^\d{1,12}$/.test(timestamps[0] ?? '') || signatures.length === 0) {
    return { valid: false, reason: 'malformed' };
  }
  const timestamp = Number(timestamps[0]);
  if (Math.abs(nowSeconds - timestamp) > SIGNATURE_TOLERANCE_SECONDS) return { valid: false, reason: 'stale' };
  const matches = secrets.some((secret) => {
    const expected = Buffer.from(hmac(secret, timestamp, rawBody), 'hex');
    return signatures.some((candidate) => timingSafeEqual(expected, Buffer.from(candidate, 'hex')));
  });
  return matches ? { valid: true, timestamp } : { valid: false, reason: 'mismatch' };
}

function hmac(secret: string, timestamp: number, rawBody: string | Buffer): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');
}
