import { z } from 'zod';
import { defineConfig, optionalString } from '../../shared/config/index.js';

export const customersConfig = defineConfig(
  'customers',
  z.object({
    ADMIN_EMAIL: optionalString(),
    ADMIN_PASSWORD: optionalString(),
    AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(20),
    REFRESH_TOKEN_TTL_SECONDS: z.coerce.number().int().positive().default(30 * 24 * 3600),
  }),
);
