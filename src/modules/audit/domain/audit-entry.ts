import { createHash } from 'node:crypto';

/** The hash the first entry of a partition chains to. */
export const GENESIS_HASH = '0'.repeat(64);

/** One line of the audit trail: a domain event or an operator's action, never personal data in clear. */
export interface AuditEntryContent {
  /** The chain this entry belongs to; entries of one partition are numbered 1, 2, 3... without gaps. */
  partition: string;
  seq: number;
  /** The outbox event this entry records (each event is appended once). */
  eventId: string;
  type: string;
  aggregateId: string;
  customerId?: string;
  counterpartyId?: string;
  /** The authenticated caller who caused it, or `system` for background work and external parties' webhooks. */
  actor: string;
  actorRoles: string[];
  requestId?: string;
  occurredAt: string;
  recordedAt: string;
  /** The event's payload (ids, amounts, states, reason codes) as JSON. */
  data: string;
}

export interface AuditEntry extends AuditEntryContent {
  previousHash: string;
  hash: string;
}

/** SHA-256 over the previous entry's hash and this entry's content, field order fixed: editing any field breaks the chain. */
export function hashEntry(previousHash: string, content: AuditEntryContent): string {
  const canonical = JSON.stringify([
    previousHash,
    content.partition,
    content.seq,
    content.eventId,
    content.type,
    content.aggregateId,
    content.customerId ?? null,
    content.counterpartyId ?? null,
    content.actor,
    [...content.actorRoles],
    content.requestId ?? null,
    content.occurredAt,
    content.recordedAt,
    content.data,
  ]);
  return createHash('sha256').update(canonical).digest('hex');
}

export function chainEntries(head: { seq: number; hash: string }, contents: Omit<AuditEntryContent, 'seq'>[]): AuditEntry[] {
  let previousHash = head.hash;
  return contents.map((content, index) => {
    const numbered = { ...content, seq: head.seq + index + 1 };
    const hash = hashEntry(previousHash, numbered);
    const entry = { ...numbered, previousHash, hash };
    previousHash = hash;
    return entry;
  });
}

export interface ChainBreak {
  seq: number;
  reason: 'hash_mismatch' | 'previous_hash_mismatch' | 'gap';
  expected: string;
  found: string;
}

/** Walks entries in order from `from` (the last verified link) and returns the first break, if any. */
export function findBreak(from: { seq: number; hash: string }, entries: AuditEntry[]): ChainBreak | undefined {
  let expectedSeq = from.seq + 1;
  let previousHash = from.hash;
  for (const entry of entries) {
    if (entry.seq !== expectedSeq) return { seq: expectedSeq, reason: 'gap', expected: String(expectedSeq), found: String(entry.seq) };
    if (entry.previousHash !== previousHash) return { seq: entry.seq, reason: 'previous_hash_mismatch', expected: previousHash, found: entry.previousHash };
    const recomputed = hashEntry(previousHash, entry);
    if (recomputed !== entry.hash) return { seq: entry.seq, reason: 'hash_mismatch', expected: recomputed, found: entry.hash };
    previousHash = entry.hash;
    expectedSeq += 1;
  }
  return undefined;
}
