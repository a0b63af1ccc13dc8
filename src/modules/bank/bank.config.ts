import { z } from 'zod';
import { defineConfig, optionalString } from '../../shared/config/index.js';

export const bankConfig = defineConfig(
  'bank',
  z.object({
    BANK_ADAPTER: z.enum(['sandbox']).default('sandbox'),
    /** Comma-separated: during a rotation both the old and the new secret are accepted. */
    BANK_WEBHOOK_SECRET: optionalString(),
    OMNIBUS_IBAN: z.string().default('FR7630006000011234567890189'),
    OMNIBUS_BIC: z.string().default('AGRIFRPPXXX'),
    OMNIBUS_ACCOUNT_NAME: z.string().default('EURT Platform SAS - client funds'),
  }),
);
export type BankConfig = ReturnType<typeof bankConfig>;
