import { electronicFormatIBAN, extractIBAN, isSEPACountry, isValidIBAN } from 'ibantools';

/** A customer's own bank account, where withdrawals are paid out. The IBAN itself is stored only encrypted. */
export interface BankAccount {
  id: string;
  customerId: string;
  /** Country, check digits and the last four characters, e.g. `DE89 **** 3000`. */
  maskedIban: string;
  holderName: string;
  createdAt: string;
}

export type IbanVerdict = { valid: true; iban: string } | { valid: false; reason: 'INVALID' | 'NOT_SEPA' };

/** ISO 13616: strips spaces and case, checks the country format and the mod-97 check digits, and only SEPA countries pay out in euros. */
export function checkIban(input: string): IbanVerdict {
  const iban = electronicFormatIBAN(input);
  if (!iban || !isValidIBAN(iban)) return { valid: false, reason: 'INVALID' };
  const countryCode = extractIBAN(iban).countryCode;
  if (!countryCode || !isSEPACountry(countryCode)) return { valid: false, reason: 'NOT_SEPA' };
  return { valid: true, iban };
}

export function maskIban(iban: string): string {
  return `${iban.slice(0, 4)} **** ${iban.slice(-4)}`;
}
