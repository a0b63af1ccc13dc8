import { ConflictError, NotFoundError, UnprocessableError } from '../../../../shared/errors/index.js';

export const customerNotFound = () => new NotFoundError('TOKENIZER.CUSTOMER_NOT_FOUND', 'No such customer.');
export const operationNotFound = () => new NotFoundError('TOKENIZER.OPERATION_NOT_FOUND', 'No such operation.');
export const notInSuspense = (status: string) => new ConflictError('TOKENIZER.NOT_IN_SUSPENSE', `The deposit is ${status}, not in suspense.`);
export const customerNotEligible = (reason: string) =>
  new ConflictError('TOKENIZER.CUSTOMER_NOT_ELIGIBLE', `Tokens cannot be minted to this customer now (${reason}).`, { reason });
export const topUpNotRefundable = (status: string) => new ConflictError('TOPUPS.NOT_REFUNDABLE', `The top-up is ${status}; only a completed top-up can be refunded.`);
export const insufficientBalanceForRefund = () =>
  new ConflictError('TOPUPS.INSUFFICIENT_BALANCE', 'The customer no longer holds the topped-up amount: the tokens cannot be burned, so the card is not refunded.');
export const topUpUnavailable = (reason: string) => new UnprocessableError('TOPUPS.NOT_ALLOWED', `A card top-up is not possible now (${reason}).`, { reason });
export const correctionExceedsBalance = () => new ConflictError('CORRECTIONS.INSUFFICIENT_BALANCE', 'The wallet holds less (spendable) than the correction would burn.');
