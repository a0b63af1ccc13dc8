import { z } from 'zod';
import { defineConfig } from '../../shared/config/index.js';

export const approvalsConfig = defineConfig(
  'approvals',
  z.object({
    /** How long a request waits for a second operator before it expires. */
    APPROVAL_TTL_SECONDS: z.coerce.number().int().min(60).default(24 * 3600),
    /** Actions that take effect on one operator's request (comma-separated, e.g. `customer.unfreeze`); by default every action needs a second operator. */
    MAKER_CHECKER_DISABLED_ACTIONS: z
      .string()
      .default('')
      .transform((value) => value.split(',').map((action) => action.trim()).filter(Boolean)),
  }),
);
export type ApprovalsConfig = ReturnType<typeof approvalsConfig>;
