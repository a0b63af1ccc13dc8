import { centsToDecimal, formatCents, parseEuros } from './money.js';
import { epcPayload } from './epc-qr.js';

describe('money in the app', () => {
  it('behavior: euros typed by a person become exact cents, with either decimal mark and thousands separators', () => {
    expect(parseEuros('12')).toBe(1200n);
    expect(parseEuros('12.5')).toBe(1250n);
    expect(parseEuros('12,50')).toBe(1250n);
    expect(parseEuros(' 0.01 ')).toBe(1n);
    expect(parseEuros('1.234,56')).toBe(123456n);
    expect(parseEuros('1,234.56')).toBe(123456n);
    expect(parseEuros('1 234,56')).toBe(123456n);
    // 0.1 + 0.2 is no problem without floats
    expect(parseEuros('0.29')).toBe(29n);
    expect(parseEuros('999999999.99')).toBe(99999999999n);
  });

  it('error: anything that is not an amount of euros with at most two decimals is refused', () => {
    for (const input of ['', 'abc', '1.234', '12.', '-5', '1e3', '12.345', '1,2,3', '0x10']) expect(parseEuros(input)).toBeUndefined();
  });

  it('behavior: cents are formatted by Intl.NumberFormat from an exact decimal string, in the locale', () => {
    expect(centsToDecimal(5n)).toBe('0.05');
    expect(centsToDecimal(-123456n)).toBe('-1234.56');
    expect(formatCents('123456', 'en-IE')).toBe('€1,234.56');
    expect(formatCents(123456n, 'es-ES')).toBe('1234,56\u00a0€');
    expect(formatCents(-250n, 'en-IE', { signed: true })).toBe('-€2.50');
    expect(formatCents('90071992547409931', 'en-IE')).toBe('€900,719,925,474,099.31');
  });

  it('behavior: the EPC QR payload follows EPC069-12 version 002 with the RF reference as structured remittance', () => {
    const payload = epcPayload({ beneficiary: 'EURT Omnibus', iban: 'NL91 ABNA 0417 1643 00', bic: 'ABNANL2A', reference: 'RF18 5390 0754 7034', amount: 1250n });
    expect(payload.split('\n')).toEqual(['BCD', '002', '1', 'SCT', 'ABNANL2A', 'EURT Omnibus', 'NL91ABNA0417164300', 'EUR12.50', '', 'RF18539007547034', '']);
  });
});
