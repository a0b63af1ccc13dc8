import { parseGwei } from 'viem';
import { bumpedFees } from './fee-bump.js';

describe('bumpedFees: EIP-1559 replacement fees', () => {
  const current = { maxFeePerGas: parseGwei('10'), maxPriorityFeePerGas: parseGwei('1') };
  const quiet = { maxFeePerGas: parseGwei('2'), maxPriorityFeePerGas: parseGwei('1') };

  it('behavior: raises both fee fields by at least 10%', () => {
    const fees = bumpedFees(current, quiet, parseGwei('500'));
    expect(fees).toBeDefined();
    expect(fees!.maxFeePerGas * 100n).toBeGreaterThanOrEqual(current.maxFeePerGas * 110n);
    expect(fees!.maxPriorityFeePerGas * 100n).toBeGreaterThanOrEqual(current.maxPriorityFeePerGas * 110n);
  });

  it('behavior: follows the network when its base fee rose beyond the bump', () => {
    const fees = bumpedFees(current, { maxFeePerGas: parseGwei('80'), maxPriorityFeePerGas: parseGwei('3') }, parseGwei('500'));
    expect(fees).toEqual({ maxFeePerGas: parseGwei('80'), maxPriorityFeePerGas: parseGwei('3') });
  });

  it('behavior: caps at the ceiling, and refuses when the ceiling leaves less than +10%', () => {
    expect(bumpedFees(current, { maxFeePerGas: parseGwei('900'), maxPriorityFeePerGas: parseGwei('2') }, parseGwei('100'))?.maxFeePerGas).toBe(parseGwei('100'));
    expect(bumpedFees(current, quiet, parseGwei('10.5'))).toBeUndefined();
  });
});
