import { ConflictError, ForbiddenError, NotFoundError } from '../../../shared/errors/index.js';

export const walletNotFound = () => new NotFoundError('CUSTODY.WALLET_NOT_FOUND', 'The customer has no wallet yet.');
export const walletNotRegistered = () =>
  new ConflictError('CUSTODY.WALLET_NOT_REGISTERED', 'The wallet is not registered on chain yet; it cannot be recovered.');
export const recoveryInProgress = () => new ConflictError('CUSTODY.RECOVERY_IN_PROGRESS', 'A wallet recovery is already in progress for this customer.');
export const recoveryNotFound = () => new NotFoundError('CUSTODY.RECOVERY_NOT_FOUND', 'No such wallet recovery.');
export const signingRefused = (reason: string) => new ForbiddenError('CUSTODY.SIGNING_REFUSED', `Custody does not sign this: ${reason}.`);
export const identityNotFailed = (status: string) =>
  new ConflictError('CUSTODY.IDENTITY_NOT_FAILED', `The wallet's on-chain identity is ${status}; only a failed onboarding can be retried.`, { currentStatus: status });
