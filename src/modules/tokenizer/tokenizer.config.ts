import { z } from 'zod';
import { defineConfig } from '../../shared/config/index.js';

/** An amount of cents in a setting: digits only (never a float), read as a bigint. */
const cents = (fallback: string) =>
  z
    .string()
    .regex(/^[0-9]{1,15}$/, 'a whole number of cents (at most 15 digits)')
    .default(fallback)
    .transform((value) => BigInt(value));

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
    /** Most cents one transfer may send (default 10,000.00 EUR); above it 422 `LIMITS.PER_OPERATION_EXCEEDED`. */
    TRANSFER_MAX_AMOUNT: cents('1000000'),
    /** Most cents a customer may send by transfer in any rolling 24 hours (default 25,000.00 EUR); above it 422 `LIMITS.DAILY_EXCEEDED`. */
    TRANSFER_DAILY_LIMIT: cents('2500000'),
    /** Most cents one withdrawal may take out (default 50,000.00 EUR). */
    WITHDRAWAL_MAX_AMOUNT: cents('5000000'),
    /** Most cents a customer may withdraw in any rolling 24 hours (default 50,000.00 EUR). */
    WITHDRAWAL_DAILY_LIMIT: cents('5000000'),
    /** How long a withdrawal's hold lasts on chain; the payout must settle (and the hold be burned) before. */
    WITHDRAWAL_HOLD_SECONDS: z.coerce.number().int().min(3600).default(7 * 24 * 3600),
  }),
);
export type TokenizerConfig = ReturnType<typeof tokenizerConfig>;
