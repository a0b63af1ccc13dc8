import type { Deposit, StatusChange } from '../../domain/deposit.js';
import type { TopUp } from '../../domain/topup.js';
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
  bankAccountId?: string;
  endToEndId?: string;
  approvedBy?: string;
  returnOf?: string;
}

export function withdrawalView(withdrawal: Withdrawal): OperationView {
  return {
    id: withdrawal.id,
    type: 'withdrawal',
    ...(withdrawal.kind === 'return' ? { direction: 'incoming' as const, returnOf: withdrawal.returnOf } : { direction: 'outgoing' as const }),
    status: withdrawal.status,
    amount: withdrawal.amount.toString(),
    currency: withdrawal.currency,
    ...(withdrawal.reason ? { reason: withdrawal.reason } : {}),
    bankAccountId: withdrawal.bankAccountId,
    ...(withdrawal.endToEndId ? { endToEndId: withdrawal.endToEndId } : {}),
    ...(withdrawal.approvedBy ? { approvedBy: withdrawal.approvedBy } : {}),
    history: withdrawal.history,
    createdAt: withdrawal.createdAt,
    updatedAt: withdrawal.updatedAt,
  };
}

export function topUpView(topUp: TopUp): OperationView {
  return {
    id: topUp.id,
    type: 'topup',
    status: topUp.status,
    amount: topUp.amount.toString(),
    currency: topUp.currency,
    ...(topUp.reason ? { reason: topUp.reason } : {}),
    ...(topUp.paymentId ? { paymentId: topUp.paymentId } : {}),
    ...(topUp.shortfall ? { shortfall: topUp.shortfall.toString() } : {}),
    history: topUp.history,
    createdAt: topUp.createdAt,
    updatedAt: topUp.updatedAt,
  };
}

export function depositView(deposit: Deposit): OperationView {
  return {
    id: deposit.id,
    type: 'deposit',
    status: deposit.status,
    amount: deposit.amount.toString(),
    currency: deposit.currency,
    ...(deposit.reason ? { reason: deposit.reason } : {}),
    history: deposit.history,
    createdAt: deposit.createdAt,
    updatedAt: deposit.updatedAt,
  };
}

/** A transfer as `viewerId` sees it: the sender sees how they named the recipient; both see the note. */
export function transferView(transfer: Transfer, viewerId: string | undefined): OperationView {
  const incoming = viewerId !== undefined && transfer.recipientId === viewerId && transfer.senderId !== viewerId;
  return {
    id: transfer.id,
    type: 'transfer',
    direction: incoming ? 'incoming' : 'outgoing',
    status: transfer.status,
    amount: transfer.amount.toString(),
    currency: transfer.currency,
    ...(transfer.reason ? { reason: transfer.reason } : {}),
    ...(transfer.reasonCode ? { reasonCode: transfer.reasonCode } : {}),
    counterparty: { address: incoming ? transfer.senderWallet : transfer.recipientWallet },
    ...(!incoming && transfer.to ? { to: transfer.to } : {}),
    ...(transfer.note ? { note: transfer.note } : {}),
    origin: transfer.origin,
    ...(transfer.transactionHash ? { transactionHash: transfer.transactionHash } : {}),
    history: transfer.history,
    createdAt: transfer.createdAt,
    updatedAt: transfer.updatedAt,
  };
}
