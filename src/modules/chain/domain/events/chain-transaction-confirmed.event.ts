import { DomainEvent, EventType } from '../../../../shared/events/index.js';

export interface ChainTransactionConfirmedPayload {
  /** The caller's idempotency key for the transaction, e.g. `deposit:<id>:mint`. */
  key: string;
  hash: string;
  blockNumber: string;
}

@EventType('chain.transaction-confirmed')
export class ChainTransactionConfirmed extends DomainEvent<ChainTransactionConfirmedPayload> {}
