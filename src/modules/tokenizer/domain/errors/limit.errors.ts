import { UnprocessableError } from '../../../../shared/errors/index.js';
import type { OutgoingKind } from '../spending-limits.js';

/** One operation above the configured maximum: nothing was recorded or held. */
export const perOperationLimitExceeded = (kind: OutgoingKind, maximum: bigint) =>
  new UnprocessableError('LIMITS.PER_OPERATION_EXCEEDED', `One ${kind} may move at most ${maximum} cents.`, { kind, maximum: maximum.toString() });

/** The rolling 24-hour limit would be passed: `remaining` is what may still be sent now. */
export const dailyLimitExceeded = (kind: OutgoingKind, limit: bigint, remaining: bigint) =>
  new UnprocessableError('LIMITS.DAILY_EXCEEDED', `This ${kind} would pass your limit of ${limit} cents in 24 hours; ${remaining} cents remain.`, {
    kind,
    limit: limit.toString(),
    remaining: remaining.toString(),
    windowHours: 24,
  });
