import { ConflictError, NotFoundError, UnauthorizedError } from '../../../shared/errors/index.js';

export const emailTaken = () => new ConflictError('CUSTOMERS.EMAIL_TAKEN', 'An account with this e-mail already exists.');
export const phoneTaken = () => new ConflictError('CUSTOMERS.PHONE_TAKEN', 'An account with this phone number already exists.');
export const invalidCredentials = () => new UnauthorizedError('AUTH.INVALID_CREDENTIALS', 'E-mail or password is wrong.');
export const invalidRefreshToken = () => new UnauthorizedError('AUTH.INVALID_REFRESH_TOKEN', 'The refresh token is invalid, expired or already used.');
export const customerNotFound = () => new NotFoundError('CUSTOMERS.NOT_FOUND', 'No such customer.');
