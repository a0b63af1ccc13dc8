/** pending -> approved -> executed | failed; pending -> rejected | expired. */
export type ApprovalStatus = 'pending' | 'approved' | 'executed' | 'failed' | 'rejected' | 'expired';
export const APPROVAL_STATUSES: readonly ApprovalStatus[] = ['pending', 'approved', 'executed', 'failed', 'rejected', 'expired'];

export interface Approval {
  id: string;
  action: string;
  /** What the action acts on, as the executor needs it: ids and codes only. */
  params: Record<string, string>;
  status: ApprovalStatus;
  requestedBy: string;
  requesterRoles: string[];
  reason?: string;
  createdAt: string;
  expiresAt: string;
  decidedBy?: string;
  decidedAt?: string;
  decisionReason?: string;
  /** What the execution produced (a chain transaction key, the changed record's id). */
  resultId?: string;
  failureCode?: string;
}

/** Pending past its expiry counts as expired, whether or not the record says so yet. */
export function effectiveStatus(approval: Approval, now: Date): ApprovalStatus {
  return approval.status === 'pending' && Date.parse(approval.expiresAt) <= now.getTime() ? 'expired' : approval.status;
}
