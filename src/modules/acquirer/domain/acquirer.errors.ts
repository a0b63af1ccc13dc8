import { ConflictError, DomainError, NotFoundError, UnprocessableError } from '../../../shared/errors/index.js';

export const sandboxPaymentWebhooksNotFound = () => new NotFoundError('ACQUIRER.SANDBOX_WEBHOOKS_NOT_FOUND', 'No webhooks for this payment.');
export const paymentNotFound = (paymentId: string) => new NotFoundError('ACQUIRER.PAYMENT_NOT_FOUND', `No card payment ${paymentId}.`);
export const paymentNotPayable = (status: string) => new ConflictError('ACQUIRER.PAYMENT_NOT_PAYABLE', `The payment is ${status}; it cannot take this step.`);
export const unknownTestCard = () =>
  new UnprocessableError('ACQUIRER.UNKNOWN_TEST_CARD', 'The sandbox takes the test cards 4242424242424242 (succeeds), 4000000000000002 (declined) and 4000000000003220 (3-D Secure).');
export const paymentMismatch = () => new ConflictError('ACQUIRER.IDEMPOTENCY_MISMATCH', 'This idempotency key created a payment with another amount.');
export const webhookReplayed = () => new ConflictError('WEBHOOK.REPLAYED', 'This webhook delivery was already received.');
export const unsupportedWebhookType = (type: string) => new DomainError('WEBHOOK.UNSUPPORTED_TYPE', `Webhook type ${type} is not handled.`, 422);
