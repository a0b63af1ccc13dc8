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
    /** How often the lease holder reads the omnibus statement for credits no webhook announced. */
    BANK_RECONCILIATION_INTERVAL_MS: z.coerce.number().int().min(100).default(300_000),
    /** A credit booked more recently than this is left to its webhook: the sweep books only the late or lost ones. */
    BANK_RECONCILIATION_GRACE_MS: z.coerce.number().int().min(0).default(900_000),
    /** Where the very first sweep starts reading the statement, back from its first run. */
    BANK_RECONCILIATION_LOOKBACK_MS: z.coerce.number().int().min(0).default(7 * 24 * 3_600_000),
  }),
);
export type BankConfig = ReturnType<typeof bankConfig>;
