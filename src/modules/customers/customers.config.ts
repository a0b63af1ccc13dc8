import { z } from 'zod';
import { defineConfig, optionalString } from '../../shared/config/index.js';

export const customersConfig = defineConfig(
  'customers',
  z.object({
    ADMIN_EMAIL: optionalString(),
    ADMIN_PASSWORD: optionalString(),
    AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
    REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(30 * 24 * 3600),
    KYC_ADAPTER: z.enum(['sandbox']).default('sandbox'),
    /** Comma-separated: during a rotation both the old and the new secret are accepted. */
    KYC_WEBHOOK_SECRET: optionalString(),
    /** How long the sandbox KYC provider "reviews" a case before it decides. */
    KYC_SANDBOX_DECISION_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(1500),
  }),
);
export type CustomersConfig = ReturnType<typeof customersConfig>;
