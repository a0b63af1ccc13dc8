import type { ChainTransactionRecord } from '../persistence/chain-transaction.model.js';

/**
 * Where a record that must be signed again goes: the transaction manager's queue, connected when
 * the manager is built (the parts that find such records are built before it).
 */
export class RequeueHook {
  private target: (record: ChainTransactionRecord) => void = () => undefined;

  connect(target: (record: ChainTransactionRecord) => void): void {
    this.target = target;
  }

  send(record: ChainTransactionRecord): void {
    this.target(record);
  }
}
