import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import type { EnvelopeCipher } from '../../../../shared/crypto/index.js';
import type { StatementEntry, StatementEntryKind, StatementPage, StatementQuery } from '../../ports/bank.port.js';

export interface EntryRecord extends Item {
  transactionId: string;
  iban: string;
  /** Absent on entries booked before statements had kinds: a credit there is a credit transfer. */
  kind?: StatementEntryKind;
  direction: 'credit' | 'debit';
  amount: string;
  currency: string;
  reference: string;
  counterpartyIbanEnc: string;
  counterpartyNameEnc: string;
  endToEndId: string;
  bookedAt: string;
}

/** The statement's index: an account's entries by booking date. */
export const ENTRIES_BY_BOOKING_DATE = 'iban-booked-index';

/** Banks cap a statement page; so does the sandbox. */
const MAX_PAGE_SIZE = 500;

/**
 * An account's statement from the sandbox bank's journal, as a bank's statement API serves it:
 * by booking date, oldest first, in pages whose opaque token says where the next one starts.
 */
export async function readStatement(entries: ModelType<EntryRecord>, cipher: EnvelopeCipher, iban: string, query: StatementQuery): Promise<StatementPage> {
  let request = entries
    .query('iban')
    .eq(iban)
    .where('bookedAt')
    .between(query.bookedFrom, query.bookedTo)
    .using(ENTRIES_BY_BOOKING_DATE)
    .limit(Math.min(Math.max(1, query.pageSize), MAX_PAGE_SIZE));
  if (query.pageToken) request = request.startAt(decodePageToken(query.pageToken));
  const page = await request.exec();
  return {
    entries: page.map((entry) => toStatementEntry(entry, cipher)),
    ...(page.lastKey ? { nextPageToken: Buffer.from(JSON.stringify(page.lastKey)).toString('base64url') } : {}),
  };
}

function toStatementEntry(entry: EntryRecord, cipher: EnvelopeCipher): StatementEntry {
  const context = `sandbox-bank:${entry.transactionId}`;
  return {
    transactionId: entry.transactionId,
    kind: entry.kind ?? (entry.direction === 'credit' ? 'credit-transfer' : 'payout'),
    direction: entry.direction,
    amount: BigInt(entry.amount),
    currency: entry.currency,
    reference: entry.reference,
    counterpartyIban: cipher.decryptText(entry.counterpartyIbanEnc, `${context}:iban`),
    counterpartyName: cipher.decryptText(entry.counterpartyNameEnc, `${context}:name`),
    endToEndId: entry.endToEndId,
    bookedAt: entry.bookedAt,
  };
}

function decodePageToken(token: string): Record<string, string> {
  try {
    const key = JSON.parse(Buffer.from(token, 'base64url').toString('utf8')) as unknown;
    if (key && typeof key === 'object' && Object.values(key).every((value) => typeof value === 'string')) return key as Record<string, string>;
  } catch {
    // Falls through to the refusal below.
  }
  throw new Error('not a statement page token of this bank');
}
