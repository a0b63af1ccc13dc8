import { NotFoundError, UnprocessableError } from '../../../../shared/errors/index.js';
import { failureOf } from '../transfer-failure.js';
import type { TransferFailureCode } from '../transfer.js';

export const recipientNotFound = () =>
  new NotFoundError('TRANSFERS.RECIPIENT_NOT_FOUND', 'No customer matches this e-mail, phone number or wallet address.');
export const selfTransfer = () => new UnprocessableError('TRANSFERS.SELF_TRANSFER', 'You cannot send money to yourself.');
export const amountTooLarge = () => new UnprocessableError('TRANSFERS.AMOUNT_TOO_LARGE', 'The amount is larger than any balance can be.');

/** A transfer refused before anything is held: the same codes a failed transfer carries. */
export const transferRefused = (code: TransferFailureCode) => new UnprocessableError(`TRANSFERS.${code}`, failureOf(code).reason);
