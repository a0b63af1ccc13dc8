import type { Hex } from 'viem';

/**
 * A batch carries at most this many onboardings: each deploys an identity proxy and stores a claim
 * (a few hundred thousand gas), so 40 stay well inside a block; the batch and its members are
 * recorded in one DynamoDB transaction.
 */
export const MAX_ONBOARDS_PER_BATCH = 40;

export const onboardBatchKeyOf = (id: string) => `onboard-batch:${id}`;

/** An onboarding request waiting in the registrar's queue: its own `onboard` calldata. */
export interface QueuedOnboard {
  key: string;
  data: Hex;
  solo: boolean;
}

export function queuedOnboardOf(record: { key: string; data: string; solo?: boolean }): QueuedOnboard {
  return { key: record.key, data: record.data as Hex, solo: Boolean(record.solo) };
}
