import { z } from 'zod';
import { defineConfig } from '../config/define-config.js';

const perMinute = (fallback: number) => z.coerce.number().int().positive().default(fallback);

/** Attempts per minute, counted in the shared rate-limit table (every instance sees the same counts). */
export const rateLimitConfig = defineConfig(
  'rateLimit',
  z.object({
    /** Sign-in, sign-up, refresh and password change: per client address (IPv6 by /64). */
    AUTH_RATE_LIMIT_PER_MINUTE: perMinute(20),
    /** The same routes per account (the e-mail signed in with, the refresh token, the signed-in customer), from every address together; unset: AUTH_RATE_LIMIT_PER_MINUTE. */
    ACCOUNT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().optional(),
    /** KYC submission and transfer creation (the recipient look-up): per address and per customer. */
    API_RATE_LIMIT_PER_MINUTE: perMinute(300),
    /**
     * The API budgets are counted on each instance and told to the shared table once a key's new
     * attempts add up to 5% of its budget, or with its first attempt this long after the oldest
     * untold one (at once past 80% of it): over a fleet of N instances, a key can get N x 5% of its
     * budget beyond it, and a quiet key costs nothing. Sign-in budgets are always counted in the
     * table itself.
     */
    API_RATE_LIMIT_SYNC_MS: z.coerce.number().int().positive().default(60_000),
  }),
);
export type RateLimitConfig = ReturnType<typeof rateLimitConfig>;
