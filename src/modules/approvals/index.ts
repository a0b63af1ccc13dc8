export { ApprovalsModule } from './approvals.module.js';
export { ApprovalActions, type ApprovableAction, type ActionOutcome, type ApprovalDecision } from './application/approval-actions.js';
export { approvalIdOf } from './domain/approval-id.js';
export { effectiveStatus } from './domain/approval.js';
export { RequestApprovalCommand, ApproveRequestCommand, RejectRequestCommand, ListApprovalsQuery, GetApprovalQuery } from './application/approval-commands.js';
export type { Approval, ApprovalStatus } from './domain/approval.js';
export { ApprovalRequested, ApprovalApproved, ApprovalRejected, ApprovalExecuted, ApprovalExecutionFailed } from './domain/events/approval.events.js';
