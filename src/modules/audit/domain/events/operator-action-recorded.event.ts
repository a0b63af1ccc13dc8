import { DomainEvent, EventType } from '../../../../shared/events/index.js';

/**
 * An authenticated caller changed something through the API (an operator's action, a customer's
 * request). Ids and codes only: route parameters, the resulting record's id and state, the reason
 * the operator gave; never a request body.
 */
export interface OperatorActionPayload {
  /** `<Controller>.<handler>`, stable across route renames. */
  action: string;
  method: string;
  route: string;
  outcome: 'succeeded' | 'refused';
  status: number;
  problemCode?: string;
  targetIds: Record<string, string>;
  /** The record the action created or changed, and the state it is in afterwards. */
  resultId?: string;
  resultStatus?: string;
  /** The state the target was in before, when the action reports it. */
  previousStatus?: string;
  reason?: string;
  customerId?: string;
}

@EventType('audit.action-recorded')
export class OperatorActionRecorded extends DomainEvent<OperatorActionPayload> {}
