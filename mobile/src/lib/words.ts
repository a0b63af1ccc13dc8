import { msg, str } from '@lit/localize';
import type { Operation, Problem } from '../api/client.js';

/** An operation's state in words a person understands. */
export function statusWord(status: string): string {
  switch (status) {
    case 'pending':
    case 'created':
    case 'received':
      return msg('Pending', { id: 'status.pending' });
    case 'submitted':
    case 'minting':
    case 'authorized':
    case 'funds_held':
    case 'crediting':
      return msg('Processing', { id: 'status.processing' });
    case 'payout_sent':
      return msg('Paid out, on its way to your bank', { id: 'status.payout-sent' });
    case 'awaiting_approval':
      return msg('Awaiting approval', { id: 'status.awaiting-approval' });
    case 'completed':
      return msg('Completed', { id: 'status.completed' });
    case 'failed':
      return msg('Failed', { id: 'status.failed' });
    case 'declined':
      return msg('Declined', { id: 'status.declined' });
    case 'suspense':
      return msg('Under review', { id: 'status.suspense' });
    case 'returned':
      return msg('Returned to the sender', { id: 'status.returned' });
    case 'payout_failed':
    case 'released':
      return msg('Not paid out: the money is back in your account', { id: 'status.released' });
    case 'rejected':
      return msg('Rejected', { id: 'status.rejected' });
    case 'refunded':
    case 'refunding':
      return msg('Refunded', { id: 'status.refunded' });
    case 'charged_back':
    case 'charging_back':
      return msg('Charged back', { id: 'status.charged-back' });
    default:
      return status;
  }
}

export const TERMINAL = new Set(['completed', 'failed', 'declined', 'returned', 'released', 'rejected', 'refunded', 'charged_back']);

export function operationTitle(operation: Operation): string {
  switch (operation.type) {
    case 'deposit':
      return msg('Bank transfer in', { id: 'op.deposit' });
    case 'topup':
      return msg('Card top-up', { id: 'op.topup' });
    case 'withdrawal':
      return operation.returnOf ? msg('Returned withdrawal', { id: 'op.withdrawal-return' }) : msg('Withdrawal to your bank', { id: 'op.withdrawal' });
    case 'transfer': {
      const to = operation.to as { email?: string; phone?: string; address?: string } | undefined;
      const who = to?.email ?? to?.phone ?? shortAddress(operation.counterparty?.address);
      return operation.direction === 'incoming' ? msg(str`Received from ${who}`, { id: 'op.transfer-in' }) : msg(str`Sent to ${who}`, { id: 'op.transfer-out' });
    }
  }
}

/** Money leaving the customer counts negative on screen. */
export function isOutgoing(operation: Operation): boolean {
  return operation.type === 'withdrawal' ? !operation.returnOf : operation.type === 'transfer' && operation.direction === 'outgoing';
}

export function shortAddress(address: string | undefined): string {
  return address ? `${address.slice(0, 6)}…${address.slice(-4)}` : '';
}

/** Why it failed, in words: the reason code (transfers) first, the API's own sentence otherwise. */
export function reasonWords(operation: Operation): string | undefined {
  if (!operation.reason && !operation.reasonCode) return undefined;
  switch (operation.reasonCode) {
    case 'INSUFFICIENT_FUNDS':
      return msg('There was not enough money in your account.', { id: 'reason.insufficient-funds' });
    case 'RECIPIENT_NOT_VERIFIED':
      return msg('The recipient has not verified their identity yet.', { id: 'reason.recipient-not-verified' });
    case 'RECIPIENT_FROZEN':
    case 'SENDER_FROZEN':
      return msg('This account is blocked. Contact support.', { id: 'reason.frozen' });
    case 'EXPIRED':
      return msg('It took too long and expired. Nothing was taken.', { id: 'reason.expired' });
    default:
      return operation.reason;
  }
}

/** A problem document's stable code -> a sentence a person understands. */
export function problemWords(problem: Problem): string {
  switch (problem.code) {
    case 'AUTH.INVALID_CREDENTIALS':
      return msg('Wrong e-mail or password.', { id: 'err.invalid-credentials' });
    case 'CUSTOMERS.EMAIL_TAKEN':
      return msg('An account with this e-mail already exists. Sign in instead.', { id: 'err.email-taken' });
    case 'CUSTOMERS.PHONE_TAKEN':
      return msg('This phone number is already used by another account.', { id: 'err.phone-taken' });
    case 'KYC.INVALID_DATE_OF_BIRTH':
      return msg('Check your date of birth: you must be at least 18.', { id: 'err.date-of-birth' });
    case 'KYC.UNKNOWN_COUNTRY':
      return msg('We do not know this country. Use its two-letter code, like ES or FR.', { id: 'err.unknown-country' });
    case 'KYC.ALREADY_PENDING':
      return msg('Your identity is already being checked.', { id: 'err.kyc-pending' });
    case 'BANK_ACCOUNTS.INVALID_IBAN':
      return msg('This IBAN is not valid. Check it and try again.', { id: 'err.invalid-iban' });
    case 'BANK_ACCOUNTS.NOT_SEPA':
      return msg('Only IBANs from SEPA countries can be linked.', { id: 'err.not-sepa' });
    case 'BANK_ACCOUNTS.ALREADY_LINKED':
      return msg('This bank account is already linked.', { id: 'err.already-linked' });
    case 'TRANSFERS.RECIPIENT_NOT_FOUND':
      return msg('Nobody with these details uses EURT.', { id: 'err.recipient-not-found' });
    case 'TRANSFERS.RECIPIENT_NOT_VERIFIED':
      return msg('The recipient has not verified their identity yet.', { id: 'reason.recipient-not-verified' });
    case 'TRANSFERS.INSUFFICIENT_FUNDS':
    case 'WITHDRAWALS.INSUFFICIENT_FUNDS':
      return msg('There was not enough money in your account.', { id: 'reason.insufficient-funds' });
    case 'TRANSFERS.SELF_TRANSFER':
      return msg('You cannot send money to yourself.', { id: 'err.self-transfer' });
    case 'TRANSFERS.RECIPIENT_FROZEN':
    case 'TRANSFERS.SENDER_FROZEN':
      return msg('This account is blocked. Contact support.', { id: 'reason.frozen' });
    case 'TRANSFERS.PAUSED':
      return msg('Payments are paused for maintenance. Try again later.', { id: 'err.paused' });
    case 'TOKENIZER.CUSTOMER_NOT_ELIGIBLE':
      return msg('Verify your identity before adding money.', { id: 'err.not-eligible' });
    case 'AUTH.RATE_LIMITED':
    case 'HTTP.429':
      return msg('Too many attempts. Wait a minute and try again.', { id: 'err.rate-limited' });
    default:
      if (problem.status >= 500) return msg('Something went wrong on our side. Try again in a moment.', { id: 'err.server' });
      return problem.detail ?? msg('That did not work. Check the form and try again.', { id: 'err.generic' });
  }
}

/** Field-level messages from a validation problem: `errors` entries start with the field's name. */
export function fieldErrors(problem: Problem | undefined, fields: string[]): Record<string, string> {
  const result: Record<string, string> = {};
  for (const entry of problem?.errors ?? []) {
    const field = fields.find((name) => entry === name || entry.startsWith(`${name} `) || entry.startsWith(`${name}.`) || entry.startsWith(`${name}:`));
    if (field && !result[field]) result[field] = fieldWord(field, entry);
  }
  return result;
}

function fieldWord(field: string, entry: string): string {
  if (field === 'email') return msg('Enter a valid e-mail address.', { id: 'field.email' });
  if (field === 'password') return msg('Use at least 12 characters.', { id: 'field.password' });
  if (field === 'phone') return msg('Enter your phone number in international format, like +34612345678.', { id: 'field.phone' });
  if (field === 'dateOfBirth') return msg('Use the format YYYY-MM-DD.', { id: 'field.date' });
  return entry;
}
