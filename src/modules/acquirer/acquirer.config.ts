import { z } from 'zod';
import { defineConfig, optionalString } from '../../shared/config/index.js';

export const acquirerConfig = defineConfig(
  'acquirer',
  z.object({
    ACQUIRER_ADAPTER: z.enum(['sandbox']).default('sandbox'),
    /** Comma-separated: during a rotation both the old and the new secret are accepted. */
    ACQUIRER_WEBHOOK_SECRET: optionalString(),
  }),
);
