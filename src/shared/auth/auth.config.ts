import { z } from 'zod';
import { defineConfig, optionalString } from '../config/define-config.js';

/** Access-token signing and checking; JWT_SECRET itself is an app setting (the production profile requires it). */
export const authConfig = defineConfig(
  'auth',
  z.object({
    /** The key that signed before the last rotation: its tokens are still accepted until they expire. Unset once they have. */
    JWT_PREVIOUS_SECRET: optionalString(),
    JWT_ISSUER: z.string().min(1).default('eurt-platform'),
    JWT_AUDIENCE: z.string().min(1).default('eurt-api'),
    /** How long an instance trusts that a session is still open before it asks the session store again. */
    SESSION_CHECK_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
  }),
);
export type AuthConfig = ReturnType<typeof authConfig>;
