import { DomainEvent, EventType } from '../../../../shared/events/index.js';

export interface ChainTransactionFailedPayload {
  key: string;
  hash?: string;
  /** The contract's custom error name when the call reverted with one (e.g. `EnforcedPause`). */
  errorName?: string;
  reason: string;
}

@EventType('chain.transaction-failed')
export class ChainTransactionFailed extends DomainEvent<ChainTransactionFailedPayload> {}
