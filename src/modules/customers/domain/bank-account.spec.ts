import { checkIban, maskIban } from './bank-account.js';

describe('bank account IBANs', () => {
  it('behavior: spaces and case are normalised to the electronic format', () => {
    expect(checkIban('de89 3704 0044 0532 0130 00')).toEqual({ valid: true, iban: 'DE89370400440532013000' });
  });

  it('error: wrong check digits, length or characters are invalid', () => {
    expect(checkIban('DE00370400440532013000')).toEqual({ valid: false, reason: 'INVALID' });
    expect(checkIban('DE8937040044053201300')).toEqual({ valid: false, reason: 'INVALID' });
    expect(checkIban('DE89-3704-0044-0532-0130-00!')).toEqual({ valid: false, reason: 'INVALID' });
  });

  it('error: a valid IBAN outside SEPA cannot receive euro payouts', () => {
    expect(checkIban('BR1800360305000010009795493C1')).toEqual({ valid: false, reason: 'NOT_SEPA' });
  });

  it('behavior: the mask keeps country, check digits and the last four', () => {
    expect(maskIban('NL91ABNA0417164300')).toBe('NL91 **** 4300');
  });
});
