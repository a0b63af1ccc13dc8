import { Injectable } from '@nestjs/common';
import type { Role } from '../../../shared/auth/index.js';
import { unknownAction } from '../domain/approval.errors.js';

/** What an approved action did: the id of what it produced or changed. */
export interface ActionOutcome {
  resultId?: string;
}

/** Who asked and who approved: the executed action records them (the approver is never the requester). */
export interface ApprovalDecision {
  requestedBy: string;
  decidedBy: string;
}

/**
 * A sensitive action another module offers to maker-checker. `params.customerId`, when present,
 * names the customer account the action concerns: no operator may request or approve an action
 * on their own account (see `refuseSelfDealing`). `execute` runs once the second
 * operator approved, and again after a crash: it must be idempotent by `approvalId` (derive chain
 * transaction keys and record ids from it).
 */
export interface ApprovableAction {
  action: string;
  /** Who may approve it (a different person from the requester) and, unless `requesterRoles` says otherwise, request it. */
  roles: Role[];
  /** Who may request it when not the deciders (a withdrawal above the threshold: the customer asks, an admin decides). */
  requesterRoles?: Role[];
  /** One line an approver reads to decide, from the parameters (ids, no personal data). */
  describe(params: Record<string, string>): string;
  /** Validates the parameters when requested; throws a 4xx DomainError to refuse. */
  check?(params: Record<string, string>): Promise<void>;
  /** When true the request takes effect at once (e.g. the first admin's first grants: nobody else could approve them). */
  singleStep?(params: Record<string, string>, requester: { customerId: string; roles: Role[] }): Promise<boolean>;
  execute(params: Record<string, string>, approvalId: string, decision: ApprovalDecision): Promise<ActionOutcome>;
  /** The request was rejected or expired: undo what requesting it put aside (idempotent; also re-checked by the owner's sweeper). */
  closed?(params: Record<string, string>, approvalId: string, status: 'rejected' | 'expired'): Promise<void>;
}

/** The actions modules registered (in their onModuleInit); the approvals module knows none of them itself. */
@Injectable()
export class ApprovalActions {
  private readonly actions = new Map<string, ApprovableAction>();

  register(action: ApprovableAction): void {
    if (this.actions.has(action.action)) throw new Error(`Approvable action ${action.action} is registered twice`);
    this.actions.set(action.action, action);
  }

  get(action: string): ApprovableAction {
    const found = this.actions.get(action);
    if (!found) throw unknownAction(action);
    return found;
  }

  get names(): string[] {
    return [...this.actions.keys()].sort();
  }
}
