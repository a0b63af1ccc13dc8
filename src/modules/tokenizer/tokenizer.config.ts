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
    /** Most transfer authorizations settled by one batch transaction (~28k gas each; anvil's block holds 30M). */
    TRANSFER_BATCH_MAX: z.coerce.number().int().min(1).max(500).default(200),
    /** Batches sent and not yet settled; while they are, new authorizations gather into the next batch. */
    TRANSFER_BATCHES_IN_FLIGHT: z.coerce.number().int().min(1).max(32).default(4),
    /** How long a signed transfer authorization stays valid on chain (EIP-3009 validBefore). */
    TRANSFER_AUTHORIZATION_TTL_SECONDS: z.coerce.number().int().min(60).default(3600),
    /** Withdrawals above this many cents wait for an admin's approval (four eyes) before funds are held. */
    WITHDRAWAL_APPROVAL_THRESHOLD: z.coerce.number().int().min(0).default(1_000_000),
    /** How long a withdrawal's hold lasts on chain; the payout must settle (and the hold be burned) before. */
    WITHDRAWAL_HOLD_SECONDS: z.coerce.number().int().min(3600).default(7 * 24 * 3600),
  }),
);
export type TokenizerConfig = ReturnType<typeof tokenizerConfig>;
