import { DomainEvent, EventType } from '../../../../shared/events/index.js';
import { type ContractRevert, revertOfReason } from '../contract-revert.js';

export interface ChainTransactionFailedPayload {
  key: string;
  hash?: string;
  /** The contract's custom error when the call reverted with one (e.g. `EnforcedPause`), with its arguments. */
  revert?: ContractRevert;
  /** For people and logs: `EURTAddressFrozen(0x…)`, or the node's message. */
  reason: string;
}

/** As events were written to the outbox before the revert travelled as data. */
type StoredPayload = ChainTransactionFailedPayload & { errorName?: string };

@EventType('chain.transaction-failed')
export class ChainTransactionFailed extends DomainEvent<ChainTransactionFailedPayload> {
  constructor(aggregateId: string, payload: ChainTransactionFailedPayload, meta?: { eventId?: string; occurredAt?: string }) {
    const { errorName, ...current } = payload as StoredPayload;
    const revert = current.revert ?? revertOfReason(errorName, current.reason);
    super(aggregateId, { ...current, ...(revert ? { revert } : {}) }, meta);
  }
}
