import { DomainEvent, EventType } from '../../../../shared/events/index.js';

interface ApprovalPayload {
  approvalId: string;
  action: string;
  params: Record<string, string>;
}

@EventType('approvals.requested')
export class ApprovalRequested extends DomainEvent<ApprovalPayload & { requestedBy: string; expiresAt: string; reason?: string }> {}

@EventType('approvals.approved')
export class ApprovalApproved extends DomainEvent<ApprovalPayload & { requestedBy: string; approvedBy: string }> {}

@EventType('approvals.rejected')
export class ApprovalRejected extends DomainEvent<ApprovalPayload & { requestedBy: string; rejectedBy: string; reason?: string }> {}

@EventType('approvals.executed')
export class ApprovalExecuted extends DomainEvent<ApprovalPayload & { resultId?: string }> {}

@EventType('approvals.execution-failed')
export class ApprovalExecutionFailed extends DomainEvent<ApprovalPayload & { failureCode: string }> {}
