import { failureOfRevert } from './transfer-failure.js';

const sender = '0x1111111111111111111111111111111111111111';
const recipient = '0x2222222222222222222222222222222222222222';

describe('transfer failure reasons', () => {
  it.each([
    ['ERC20InsufficientBalance', [sender, '10', '20'], 'INSUFFICIENT_FUNDS'],
    ['EURTUnverifiedAccount', [recipient], 'RECIPIENT_NOT_VERIFIED'],
    ['EURTUnverifiedAccount', [sender], 'SENDER_NOT_VERIFIED'],
    ['EURTAddressFrozen', [recipient.toUpperCase().replace('0X', '0x')], 'RECIPIENT_FROZEN'],
    ['EURTAddressFrozen', [sender], 'SENDER_FROZEN'],
    ['EnforcedPause', [], 'PAUSED'],
    ['EURTAuthorizationExpired', ['1', '2'], 'EXPIRED'],
    ['EURTInvalidSignature', [sender], 'REJECTED'],
    [undefined, [], 'REJECTED'],
  ])('behavior: %s(%j) reads as %s, with a sentence for a person', (errorName, args, code) => {
    const failure = failureOfRevert(errorName, args, sender);
    expect(failure.code).toBe(code);
    expect(failure.reason).toMatch(/^[A-Z].+\.$/);
  });
});
