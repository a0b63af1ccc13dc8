import { depositView, topUpView } from '../application/operations/operation-view.js';
import type { Deposit } from '../domain/deposit.js';
import type { TopUp } from '../domain/topup.js';
import type { OperationResponse } from './money.dto.js';

/** One mapping for every endpoint that answers with a deposit or a top-up (the history uses the same views). */
export function toOperationResponse(operation: ({ type: 'deposit' } & Deposit) | ({ type: 'topup' } & TopUp)): OperationResponse {
  return operation.type === 'deposit' ? depositView(operation) : topUpView(operation);
}
