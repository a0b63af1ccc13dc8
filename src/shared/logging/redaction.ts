/**
 * Log redaction at every depth: a field whose name says it holds a secret or personal data is
 * replaced wherever it sits, and every string (messages included) is scrubbed of what looks like
 * an e-mail, an IBAN, a bearer token or JWT, and credentials inside a URL (an RPC URL's user:pass@
 * or ?apikey=). Depth and cycles are bounded, so a log call never hangs or throws. Plain objects,
 * arrays and errors are walked; other class instances go to pino's serializers as they are.
 */
export const REDACTED = '[redacted]';
const MAX_DEPTH = 8;

const SENSITIVE_KEY =
  /^(password|newPassword|currentPassword|privateKey|iban|email|phone|fullName|holderName|documentNumber|dateOfBirth|encryptedKey|masterKey|mnemonic|seed|authorization|cookie|set-cookie|x-signature|idempotency-key|accessToken|refreshToken|token|secret|apiKey|clientSecret)$/i;
const SENSITIVE_KEY_PART = /(secret|password|private_?key|api_?key|token)/i;

const TEXT_RULES: [RegExp, string][] = [
  [/\b([a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+(?::[^\s/@]*)?@/gi, `$1${REDACTED}@`],
  [/([?&](?:api[-_]?key|key|token|access[-_]?token|secret|auth)=)[^&\s#]+/gi, `$1${REDACTED}`],
  [/\beyJ[\w-]{5,}\.[\w-]{5,}\.[\w-]+/g, REDACTED],
  [/\bBearer\s+[\w.~+/-]+=*/gi, `Bearer ${REDACTED}`],
  [/[\w.%+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/gi, REDACTED],
  [/\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/g, REDACTED],
];

export function scrubText(text: string): string {
  return TEXT_RULES.reduce((scrubbed, [pattern, replacement]) => scrubbed.replace(pattern, replacement), text);
}

function isSensitiveKey(key: string): boolean {
  return SENSITIVE_KEY.test(key) || SENSITIVE_KEY_PART.test(key);
}

export function redactDeep(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value === 'string') return scrubText(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[circular]';
  if (depth >= MAX_DEPTH) return '[truncated]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, depth + 1, seen));
  if (value instanceof Error) return redactError(value, depth, seen);
  // Class instances (an HTTP request or response) are left to pino's serializers, which keep a few safe fields.
  if (!isPlainObject(value)) return value;
  const redacted: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) redacted[key] = isSensitiveKey(key) ? REDACTED : redactDeep(field, depth + 1, seen);
  return redacted;
}

/** Stays an Error (pino's serializer then logs type, message and stack), with every part scrubbed. */
function redactError(error: Error, depth: number, seen: WeakSet<object>): Error {
  const copy = new Error(scrubText(error.message), error.cause === undefined ? undefined : { cause: redactDeep(error.cause, depth + 1, seen) });
  copy.name = error.name;
  copy.stack = error.stack === undefined ? undefined : scrubText(error.stack);
  for (const [key, field] of Object.entries(error)) (copy as unknown as Record<string, unknown>)[key] = isSensitiveKey(key) ? REDACTED : redactDeep(field, depth + 1, seen);
  return copy;
}

function isPlainObject(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
