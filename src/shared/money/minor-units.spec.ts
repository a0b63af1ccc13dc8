import { DomainError } from '../errors/domain-error.js';
import { POSITIVE_MINOR_UNITS, parseMinorUnits } from './minor-units.js';

describe('minor units', () => {
  it('behavior: parses positive whole cents into bigint, beyond 2^53', () => {
    expect(parseMinorUnits('1')).toBe(1n);
    expect(parseMinorUnits('900719925474099312')).toBe(900719925474099312n);
  });

  it.each(['0', '-1', '1.5', '1e3', ' 1', '01', '', '0x10', '1000000000000000000000'])('error: refuses %p', (value) => {
    expect(POSITIVE_MINOR_UNITS.test(value)).toBe(false);
    expect(() => parseMinorUnits(value)).toThrow(DomainError);
  });
});
