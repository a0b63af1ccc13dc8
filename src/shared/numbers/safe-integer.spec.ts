import { safeIntegerOf } from './safe-integer.js';

describe('safeIntegerOf', () => {
  it('behavior: an exactly representable value converts unchanged', () => {
    expect(safeIntegerOf(9_007_199_254_740_991n, 'cents')).toBe(Number.MAX_SAFE_INTEGER);
    expect(safeIntegerOf(-2500n, 'cents')).toBe(-2500);
  });

  it('error: a value that would round is refused, not rounded', () => {
    expect(() => safeIntegerOf(9_007_199_254_740_993n, 'cents')).toThrow(RangeError);
  });
});
