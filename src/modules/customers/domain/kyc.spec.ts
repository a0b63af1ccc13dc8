import { ageOn, countryNumericOf, normalizeCountryCode } from './kyc.js';

describe('KYC domain', () => {
  it('behavior: alpha-2 and alpha-3 in any case normalise to alpha-2', () => {
    expect(normalizeCountryCode('fr')).toBe('FR');
    expect(normalizeCountryCode('DEU')).toBe('DE');
    expect(normalizeCountryCode(' nld ')).toBe('NL');
  });

  it('error: an unknown country code is undefined', () => {
    expect(normalizeCountryCode('XX')).toBeUndefined();
    expect(normalizeCountryCode('ZZZ')).toBeUndefined();
  });

  it('behavior: the registry gets ISO 3166-1 numeric codes', () => {
    expect(countryNumericOf('FR')).toBe(250);
    expect(countryNumericOf('DE')).toBe(276);
    expect(countryNumericOf('AT')).toBe(40);
  });

  it('behavior: age counts whole years, the birthday included', () => {
    const today = new Date('2026-04-21T10:00:00Z');
    expect(ageOn('2008-04-21', today)).toBe(18);
    expect(ageOn('2008-04-22', today)).toBe(17);
    expect(ageOn('2008-05-01', today)).toBe(17);
  });
});
