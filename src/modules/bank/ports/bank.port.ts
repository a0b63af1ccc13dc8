export interface OmnibusAccount {
  iban: string;
  bic: string;
  accountName: string;
  currency: 'EUR';
  /** Booked balance in euro cents. */
  balance: bigint;
}

/**
 * The platform's bank: the omnibus (client funds) account that backs every token in circulation.
 * Incoming credits arrive by signed webhook; the sandbox adapter behaves like the real bank.
 */
export interface BankPort {
  getOmnibusAccount(): Promise<OmnibusAccount>;
}

export const BANK_PORT = Symbol('BANK_PORT');
