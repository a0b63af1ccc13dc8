import { ForbiddenError, NotFoundError, UnprocessableError } from '../../../../shared/errors/index.js';

export const bankAccountNotFound = () => new NotFoundError('WITHDRAWALS.BANK_ACCOUNT_NOT_FOUND', 'No linked bank account of yours has this id.');
export const withdrawalNotFound = () => new NotFoundError('WITHDRAWALS.NOT_FOUND', 'No such withdrawal.');
export const notAwaitingApproval = () => new UnprocessableError('WITHDRAWALS.NOT_AWAITING_APPROVAL', 'This withdrawal is not waiting for an approval.');
export const fourEyes = () => new ForbiddenError('WITHDRAWALS.FOUR_EYES', 'The approver must not be the person who requested the withdrawal.');
