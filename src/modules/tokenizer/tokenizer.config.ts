import { z } from 'zod';
import { defineConfig } from '../../shared/config/index.js';

export const tokenizerConfig = defineConfig(
  'tokenizer',
  z.object({
    /**
     * A credit for a customer whose on-chain identity is being registered waits this long for it;
     * after that (or when the customer has no wallet at all) it goes to suspense.
     */
    DEPOSIT_IDENTITY_WAIT_SECONDS: z.coerce.number().int().min(0).default(600),
  }),
);
