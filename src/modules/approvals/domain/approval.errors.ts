import { ConflictError, DomainError, ForbiddenError, NotFoundError } from '../../../shared/errors/index.js';

export const approvalNotFound = () => new NotFoundError('APPROVALS.NOT_FOUND', 'No approval request has this id.');
export const requesterCannotApprove = () =>
  new ForbiddenError('APPROVALS.FOUR_EYES', 'The operator who requested an action cannot approve it: a second operator must.');
export const selfDealing = () =>
  new ForbiddenError('APPROVALS.SELF_DEALING', 'An operator may not request or approve an action on their own customer account: another operator must handle it.');
export const approverRoleMissing = () => new ForbiddenError('APPROVALS.ROLE_REQUIRED', 'Your role may not decide on this action.');
export const notPending = (status: string) => new ConflictError('APPROVALS.NOT_PENDING', `The request is ${status}, not pending.`, { currentStatus: status });
export const unknownAction = (action: string) => new DomainError('APPROVALS.UNKNOWN_ACTION', `No action ${action} can be requested.`, 400);
