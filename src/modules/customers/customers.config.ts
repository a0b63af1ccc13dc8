import { z } from 'zod';
import { defineConfig, optionalString } from '../../shared/config/index.js';

/** A customer's password minimum (the register DTO's @MinLength); the first admin's may not be weaker. */
export const PASSWORD_MIN_LENGTH = 12;

export const customersConfig = defineConfig(
  'customers',
  z.object({
    /** The first administrator, created on start if absent: a real, loggable-in e-mail. */
    ADMIN_EMAIL: optionalString().pipe(z.email({ message: 'ADMIN_EMAIL must be an e-mail address the admin can log in with' }).optional()),
    ADMIN_PASSWORD: optionalString().pipe(z.string().min(PASSWORD_MIN_LENGTH, { message: `ADMIN_PASSWORD must have at least ${PASSWORD_MIN_LENGTH} characters, like a customer's` }).optional()),
    /** How long one refresh token stays usable without being rotated. */
    REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(30 * 24 * 3600),
    /** A session's absolute lifetime from sign-in: rotations never extend it. */
    SESSION_MAX_LIFETIME_SECONDS: z.coerce.number().int().positive().default(30 * 24 * 3600),
    KYC_ADAPTER: z.enum(['sandbox']).default('sandbox'),
    /** Comma-separated: during a rotation both the old and the new secret are accepted. */
    KYC_WEBHOOK_SECRET: optionalString(),
    /** How long the sandbox KYC provider "reviews" a case before it decides. */
    KYC_SANDBOX_DECISION_DELAY_MS: z.coerce.number().int().min(0).max(600_000).default(1500),
  }).refine((config) => Boolean(config.ADMIN_EMAIL) === Boolean(config.ADMIN_PASSWORD), {
    message: 'set both ADMIN_EMAIL and ADMIN_PASSWORD, or neither',
    path: ['ADMIN_PASSWORD'],
  }),
);
export type CustomersConfig = ReturnType<typeof customersConfig>;
