import type { Deposit, StatusChange } from '../../domain/deposit.js';
import { type TopUp, writtenOffOf } from '../../domain/topup.js';
import type { Transfer, TransferRecipient } from '../../domain/transfer.js';
import type { Withdrawal } from '../../domain/withdrawal.js';

/**
 * One line of a customer's history, whatever the operation. The common fields are stable; each
 * type adds its own (additively).
 */
export interface OperationView {
  id: string;
  type: 'deposit' | 'topup' | 'transfer' | 'withdrawal';
  status: string;
  amount: string;
  currency: string;
  reason?: string;
  reasonCode?: string;
  history: StatusChange[];
  createdAt: string;
  updatedAt: string;
  direction?: 'incoming' | 'outgoing';
  counterparty?: { address: string };
  to?: TransferRecipient;
  note?: string;
  origin?: 'platform' | 'chain';
  transactionHash?: string;
  paymentId?: string;
  shortfall?: string;
  writtenOff?: string;
  shortfallCovered?: string;
  bankAccountId?: string;
  endToEndId?: string;
  approvedBy?: string;
  returnOf?: string;
}

type CommonFields = Pick<OperationView, 'id' | 'status' | 'currency' | 'reason' | 'history' | 'createdAt' | 'updatedAt'> & { amount: bigint };

/** The fields every operation has, in the order every view shows them. */
function common(operation: CommonFields, type: OperationView['type']) {
  return {
    id: operation.id,
    type,
    status: operation.status,
    amount: operation.amount.toString(),
    currency: operation.currency,
    ...(operation.reason ? { reason: operation.reason } : {}),
    history: operation.history,
    createdAt: operation.createdAt,
    updatedAt: operation.updatedAt,
  };
}

export function withdrawalView(withdrawal: Withdrawal): OperationView {
  return {
    ...common(withdrawal, 'withdrawal'),
    ...(withdrawal.kind === 'return' ? { direction: 'incoming' as const, returnOf: withdrawal.returnOf } : { direction: 'outgoing' as const }),
    bankAccountId: withdrawal.bankAccountId,
    ...(withdrawal.endToEndId ? { endToEndId: withdrawal.endToEndId } : {}),
    ...(withdrawal.approvedBy ? { approvedBy: withdrawal.approvedBy } : {}),
  };
}

export function topUpView(topUp: TopUp): OperationView {
  return {
    ...common(topUp, 'topup'),
    ...(topUp.paymentId ? { paymentId: topUp.paymentId } : {}),
    ...(topUp.shortfall ? { shortfall: topUp.shortfall.toString() } : {}),
    ...(topUp.shortfallWriteOffs?.length ? { writtenOff: writtenOffOf(topUp).toString() } : {}),
  };
}

export function depositView(deposit: Deposit): OperationView {
  return { ...common(deposit, 'deposit'), ...(deposit.shortfallCovered ? { shortfallCovered: deposit.shortfallCovered.toString() } : {}) };
}

/** A transfer as `viewerId` sees it: the sender sees how they named the recipient; both see the note. */
export function transferView(transfer: Transfer, viewerId: string | undefined): OperationView {
  const incoming = viewerId !== undefined && transfer.recipientId === viewerId && transfer.senderId !== viewerId;
  return {
    ...common(transfer, 'transfer'),
    direction: incoming ? 'incoming' : 'outgoing',
    ...(transfer.reasonCode ? { reasonCode: transfer.reasonCode } : {}),
    counterparty: { address: incoming ? transfer.senderWallet : transfer.recipientWallet },
    ...(!incoming && transfer.to ? { to: transfer.to } : {}),
    ...(transfer.note ? { note: transfer.note } : {}),
    origin: transfer.origin,
    ...(transfer.transactionHash ? { transactionHash: transfer.transactionHash } : {}),
  };
}
