import type { Operation } from '../application/operations-reader.js';
import type { OperationResponse } from './money.dto.js';

export function toOperationResponse(operation: Operation): OperationResponse {
  return {
    id: operation.id,
    type: operation.type,
    status: operation.status,
    amount: operation.amount.toString(),
    currency: operation.currency,
    ...(operation.reason ? { reason: operation.reason } : {}),
    ...(operation.type === 'topup' && operation.paymentId ? { paymentId: operation.paymentId } : {}),
    ...(operation.type === 'topup' && operation.shortfall ? { shortfall: operation.shortfall.toString() } : {}),
    history: operation.history,
    createdAt: operation.createdAt,
    updatedAt: operation.updatedAt,
  };
}
