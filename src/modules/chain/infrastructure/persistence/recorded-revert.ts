import { type ContractRevert, revertOfReason } from '../../domain/contract-revert.js';
import type { ChainTransactionFields } from './chain-transaction.model.js';

/** The fields a failed record keeps of its revert. */
export function revertFields({ revert, reason }: { revert?: ContractRevert; reason: string }): Pick<ChainTransactionFields, 'error' | 'errorName' | 'errorArgs'> {
  return { error: reason, ...(revert ? { errorName: revert.name, errorArgs: JSON.stringify(revert.args) } : {}) };
}

/** The revert a failed record keeps (records from before the arguments were kept: read out of the reason). */
export function revertOfRecord(record: Pick<ChainTransactionFields, 'error' | 'errorName' | 'errorArgs'>): ContractRevert | undefined {
  if (record.errorName && record.errorArgs) return { name: record.errorName, args: JSON.parse(record.errorArgs) as ContractRevert['args'] };
  return revertOfReason(record.errorName, record.error);
}
