import { z } from 'zod';
import { defineConfig, optionalString } from '../config/define-config.js';

/** Express's names for address ranges, or an IPv4/IPv6 address with an optional /prefix. */
const PROXY_HOP = /^(loopback|linklocal|uniquelocal|[0-9a-fA-F.:]+(\/\d{1,3})?)$/;

export const httpConfig = defineConfig(
  'http',
  z.object({
    /**
     * The reverse proxies whose X-Forwarded-For is believed (comma-separated addresses, CIDRs or
     * `loopback`/`linklocal`/`uniquelocal`); every other hop's header is ignored, so a client
     * cannot choose the address that rate limits and audit records see.
     */
    TRUSTED_PROXIES: z
      .string()
      .default('loopback')
      .transform((value) => value.split(',').map((hop) => hop.trim()).filter(Boolean))
      .pipe(z.array(z.string().regex(PROXY_HOP, 'each hop is an address, a CIDR, loopback, linklocal or uniquelocal'))),
    /** Bearer token that /metrics asks for; in production, without one, /metrics is not served at all. */
    METRICS_TOKEN: optionalString().refine((token) => token === undefined || token.length >= 32, 'METRICS_TOKEN must be at least 32 characters'),
    /** Swagger UI at /docs: on by default outside production, off in it unless `true`. */
    SWAGGER_ENABLED: z
      .enum(['true', 'false', ''])
      .optional()
      .transform((value) => value || undefined),
  }),
);
export type HttpConfig = ReturnType<typeof httpConfig>;
