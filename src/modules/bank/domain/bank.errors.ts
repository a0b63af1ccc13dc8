import { ConflictError, DomainError } from '../../../shared/errors/index.js';

export const webhookReplayed = () => new ConflictError('WEBHOOK.REPLAYED', 'This webhook delivery was already received.');
export const unsupportedCurrency = (currency: string) =>
  new DomainError('BANK.UNSUPPORTED_CURRENCY', `Only EUR credits are accepted, not ${currency}.`, 422);
export const unsupportedWebhookType = (type: string) =>
  new DomainError('WEBHOOK.UNSUPPORTED_TYPE', `Webhook type ${type} is not handled.`, 422);
export const insufficientFunds = () => new ConflictError('BANK.INSUFFICIENT_FUNDS', 'The account balance does not cover this payout.');
export const sandboxBankWebhookNotFound = () => new DomainError('BANK.SANDBOX_WEBHOOK_NOT_FOUND', 'No such webhook.', 404);
export const payoutNotFound = (payoutId: string) => new DomainError('BANK.PAYOUT_NOT_FOUND', `No payout ${payoutId}.`, 404);
export const unknownCredit = (transactionId: string) => new DomainError('BANK.UNKNOWN_CREDIT', `No incoming credit ${transactionId} to return.`, 404);
