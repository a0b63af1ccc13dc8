/**
 * A batch carries at most this many onboardings: each deploys an identity proxy and stores a claim
 * (a few hundred thousand gas), so 40 stay well inside a block; the batch and its members are
 * recorded in one DynamoDB transaction.
 */
export const MAX_ONBOARDS_PER_BATCH = 40;

export const onboardBatchKeyOf = (id: string) => `onboard-batch:${id}`;

/** An onboarding request waiting in the registrar's queue (its calldata is read from its record when its batch forms). */
export interface QueuedOnboard {
  key: string;
  solo: boolean;
}

export function queuedOnboardOf(record: { key: string; solo?: boolean }): QueuedOnboard {
  return { key: record.key, solo: Boolean(record.solo) };
}
