import { jsonSafe, revertOfReason } from './contract-revert.js';

const sender = '0x1111111111111111111111111111111111111111';
const recipient = '0x2222222222222222222222222222222222222222';

describe('contract reverts', () => {
  it('behavior: arguments travel JSON-safe, integers as decimal strings', () => {
    expect(jsonSafe([sender, 10n, true, [1n, 2n], { amount: 3n }])).toEqual([sender, '10', true, ['1', '2'], { amount: '3' }]);
  });

  it('behavior: a revert recorded before its arguments were kept reads them out of its reason', () => {
    expect(revertOfReason('EURTAddressFrozen', `EURTAddressFrozen(${recipient})`)).toEqual({ name: 'EURTAddressFrozen', args: [recipient] });
    expect(revertOfReason('ERC20InsufficientBalance', `ERC20InsufficientBalance(${sender}, 10, 20)`)?.args).toEqual([sender, '10', '20']);
    expect(revertOfReason('EnforcedPause', 'EnforcedPause()')).toEqual({ name: 'EnforcedPause', args: [] });
    expect(revertOfReason(undefined, 'reverted')).toBeUndefined();
    expect(revertOfReason('X', undefined)).toEqual({ name: 'X', args: [] });
  });
});
