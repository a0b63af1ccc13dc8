import type { TransferFailureCode } from './transfer.js';

export interface TransferFailure {
  code: TransferFailureCode;
  reason: string;
}

const MESSAGES: Record<TransferFailureCode, string> = {
  INSUFFICIENT_FUNDS: 'Not enough money available for this transfer.',
  SENDER_NOT_VERIFIED: 'Your account is not verified for payments.',
  RECIPIENT_NOT_VERIFIED: 'The recipient is not verified to receive money.',
  SENDER_FROZEN: 'Your account is frozen.',
  RECIPIENT_FROZEN: "The recipient's account is frozen.",
  PAUSED: 'Payments are paused by the platform; try again later.',
  EXPIRED: 'The payment could not be settled in time and was cancelled.',
  REJECTED: 'The payment was rejected.',
};

export const failureOf = (code: TransferFailureCode): TransferFailure => ({ code, reason: MESSAGES[code] });

/**
 * Turns the token's custom error (IEuroToken, IERC3009, OpenZeppelin's IERC20Errors, Pausable) into
 * a reason a person understands. `args` are the error's arguments, to tell the sender from the
 * recipient.
 */
export function failureOfRevert(errorName: string | undefined, args: readonly unknown[], sender: string): TransferFailure {
  const aboutSender = args.some((arg) => String(arg).toLowerCase() === sender.toLowerCase());
  switch (errorName) {
    case 'ERC20InsufficientBalance':
      return failureOf('INSUFFICIENT_FUNDS');
    case 'EURTUnverifiedAccount':
      return failureOf(aboutSender ? 'SENDER_NOT_VERIFIED' : 'RECIPIENT_NOT_VERIFIED');
    case 'EURTAddressFrozen':
      return failureOf(aboutSender ? 'SENDER_FROZEN' : 'RECIPIENT_FROZEN');
    case 'EnforcedPause':
      return failureOf('PAUSED');
    case 'EURTAuthorizationExpired':
      return failureOf('EXPIRED');
    default:
      return failureOf('REJECTED');
  }
}
