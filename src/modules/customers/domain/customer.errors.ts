import { ConflictError, NotFoundError, UnauthorizedError, UnprocessableError } from '../../../shared/errors/index.js';

export const emailTaken = () => new ConflictError('CUSTOMERS.EMAIL_TAKEN', 'An account with this e-mail already exists.');
export const phoneTaken = () => new ConflictError('CUSTOMERS.PHONE_TAKEN', 'An account with this phone number already exists.');
export const invalidCredentials = () => new UnauthorizedError('AUTH.INVALID_CREDENTIALS', 'E-mail or password is wrong.');
export const invalidRefreshToken = () => new UnauthorizedError('AUTH.INVALID_REFRESH_TOKEN', 'The refresh token is invalid, expired or already used.');
export const customerNotFound = () => new NotFoundError('CUSTOMERS.NOT_FOUND', 'No such customer.');

export const kycInProgress = () => new ConflictError('KYC.ALREADY_PENDING', 'A KYC check is already in progress.');
export const kycAlreadyApproved = () => new ConflictError('KYC.ALREADY_APPROVED', 'The customer is already verified.');
export const unknownCountry = (field: string) =>
  new UnprocessableError('KYC.UNKNOWN_COUNTRY', `${field} must be an ISO 3166-1 alpha-2 or alpha-3 country code.`, { field });
export const invalidDateOfBirth = () => new UnprocessableError('KYC.INVALID_DATE_OF_BIRTH', 'dateOfBirth must be a real past date and the customer at least 18.');
export const kycApplicationNotFound = () => new NotFoundError('KYC.APPLICATION_NOT_FOUND', 'No such KYC application.');
export const webhookReplayed = () => new ConflictError('WEBHOOK.REPLAYED', 'This webhook delivery was already received.');

export const invalidIban = () => new UnprocessableError('BANK_ACCOUNTS.INVALID_IBAN', 'The IBAN is not valid (ISO 13616 format and check digits).');
export const ibanNotSepa = () => new UnprocessableError('BANK_ACCOUNTS.NOT_SEPA', 'Only IBANs of SEPA countries can receive euro payouts.');
export const bankAccountAlreadyLinked = () => new ConflictError('BANK_ACCOUNTS.ALREADY_LINKED', 'This IBAN is already linked to your account.');
export const sandboxKycCaseNotInReview = () => new NotFoundError('KYC.SANDBOX_CASE_NOT_IN_REVIEW', 'No case in review for this application.');
export const sandboxKycWebhookNotFound = () => new NotFoundError('KYC.SANDBOX_WEBHOOK_NOT_FOUND', 'No such webhook.');
export const bankAccountNotFound = () => new NotFoundError('BANK_ACCOUNTS.NOT_FOUND', 'No such bank account.');
