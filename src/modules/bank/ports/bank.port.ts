export interface OmnibusAccount {
  iban: string;
  bic: string;
  accountName: string;
  currency: 'EUR';
  /** Booked balance in euro cents. */
  balance: bigint;
}

export interface PayoutInstruction {
  /** The platform's id for the payout: the bank executes a payout id once, however often it is sent. */
  payoutId: string;
  amount: bigint;
  creditorIban: string;
  creditorName: string;
  /** Remittance information shown to the creditor. */
  reference: string;
}

export type BankPayoutStatus = 'sent' | 'settled' | 'returned';

export interface BankPayout {
  payoutId: string;
  /** The bank's transaction id of the debit. */
  transactionId: string;
  /** SEPA end-to-end id assigned by the bank. */
  endToEndId: string;
  status: BankPayoutStatus;
}

/** What the bank booked, as its statement says: the ISO 20022 bank transaction code, simplified. */
export type StatementEntryKind = 'credit-transfer' | 'payout' | 'payout-return';

export interface StatementEntry {
  /** The bank's transaction id: the same one a `credit.received` webhook carries. */
  transactionId: string;
  kind: StatementEntryKind;
  direction: 'credit' | 'debit';
  amount: bigint;
  currency: string;
  reference: string;
  counterpartyIban: string;
  counterpartyName: string;
  endToEndId: string;
  bookedAt: string;
}

export interface StatementQuery {
  /** Booking date range, ISO 8601, both ends included. */
  bookedFrom: string;
  bookedTo: string;
  /** From the previous page's `nextPageToken`. */
  pageToken?: string;
  pageSize: number;
}

export interface StatementPage {
  /** Oldest booking first. */
  entries: StatementEntry[];
  /** Absent on the last page. */
  nextPageToken?: string;
}

/**
 * The platform's bank: the omnibus (client funds) account that backs every token in circulation.
 * Incoming credits and payout outcomes arrive by signed webhook (`credit.received`, `payout.sent`,
 * `payout.settled`, `payout.returned`); the sandbox adapter behaves like the real bank.
 */
export interface BankPort {
  getOmnibusAccount(): Promise<OmnibusAccount>;
  /** Executes a SEPA credit transfer from the omnibus account; idempotent by `payoutId`. */
  sendPayout(instruction: PayoutInstruction): Promise<BankPayout>;
  getPayout(payoutId: string): Promise<BankPayout | undefined>;
  /** The omnibus account's statement, paged, by booking date: what the bank booked, whatever it notified. */
  statement(query: StatementQuery): Promise<StatementPage>;
}

export const BANK_PORT = Symbol('BANK_PORT');
