import { Command, Query } from '@nestjs/cqrs';
import type { Actor, AuthenticatedUser } from '../../../shared/auth/index.js';
import type { Approval, ApprovalStatus } from '../domain/approval.js';

/** One operator asks for a sensitive action; it takes effect when a second one approves (unless maker-checker is off for it). */
export class RequestApprovalCommand extends Command<Approval> {
  constructor(
    readonly action: string,
    readonly params: Record<string, string>,
    readonly requester: Actor,
    readonly reason?: string,
    /** A deterministic id (see approvalIdOf): asking again returns the request already made. */
    readonly approvalId?: string,
  ) {
    super();
  }
}

export class ApproveRequestCommand extends Command<Approval> {
  constructor(
    readonly approvalId: string,
    readonly approver: AuthenticatedUser,
    readonly reason?: string,
  ) {
    super();
  }
}

export class RejectRequestCommand extends Command<Approval> {
  constructor(
    readonly approvalId: string,
    readonly rejecter: AuthenticatedUser,
    readonly reason?: string,
  ) {
    super();
  }
}

export class ListApprovalsQuery extends Query<Approval[]> {
  constructor(
    readonly status: ApprovalStatus,
    readonly limit: number,
  ) {
    super();
  }
}

export class GetApprovalQuery extends Query<Approval | undefined> {
  constructor(readonly approvalId: string) {
    super();
  }
}
