/**
 * Money in the app: integer cents as bigint, never a float. What a person types is converted with
 * string arithmetic; what the API sends (decimal strings of cents) is formatted by Intl.NumberFormat
 * from an exact decimal string.
 */
const EUROS = /^(\d{1,9})(?:[.,](\d{1,2}))?$/;

/** "12", "12.5", "12,50", "1 234,56" -> cents; undefined when it is not an amount of euros with at most 2 decimals. */
export function parseEuros(input: string): bigint | undefined {
  const compact = input.trim().replace(/[\s\u00a0\u202f]/g, '');
  // Thousands separators: with both "." and ",", the last one is the decimal mark.
  const lastMark = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
  const normalized = compact.includes('.') && compact.includes(',') ? compact.slice(0, lastMark).replace(/[.,]/g, '') + '.' + compact.slice(lastMark + 1) : compact;
  const match = EUROS.exec(normalized);
  if (!match) return undefined;
  const [, whole, fraction = ''] = match;
  return BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** Cents -> "12.34" (exact decimal string). */
export function centsToDecimal(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

const formatters = new Map<string, Intl.NumberFormat>();

export function formatCents(cents: bigint | string, locale: string, options: { signed?: boolean } = {}): string {
  const key = `${locale}:${options.signed ? 's' : ''}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR', ...(options.signed ? { signDisplay: 'exceptZero' } : {}) });
    formatters.set(key, formatter);
  }
  return formatter.format(centsToDecimal(BigInt(cents)) as Intl.StringNumericLiteral);
}
