import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DomainError } from '../../../../shared/errors/index.js';
import { GENESIS_HASH, findBreak } from '../../domain/audit-entry.js';
import { AuditLogRepository } from '../../infrastructure/persistence/audit-log.repository.js';
import { AUDIT_PARTITION, AuditAppender } from '../audit-appender.js';
import { type AuditPage, type AuditVerification, ListAuditEntriesQuery, VerifyAuditChainQuery } from './audit.queries.js';

const VERIFY_PAGE = 500;

@QueryHandler(ListAuditEntriesQuery)
export class ListAuditEntriesHandler implements IQueryHandler<ListAuditEntriesQuery, AuditPage> {
  constructor(
    private readonly log: AuditLogRepository,
    private readonly appender: AuditAppender,
  ) {}

  async execute({ filter, cursor, limit }: ListAuditEntriesQuery): Promise<AuditPage> {
    // Read-your-writes: what was committed before the question is appended before the answer (the
    // appender otherwise follows a moment behind, longer on a busy instance).
    await this.appender.sweep();
    const page = await this.log.list(AUDIT_PARTITION, filter, decodeCursor(cursor), limit);
    return { items: page.items, ...(page.nextCursor !== undefined ? { nextCursor: encodeCursor(page.nextCursor) } : {}) };
  }
}

@QueryHandler(VerifyAuditChainQuery)
export class VerifyAuditChainHandler implements IQueryHandler<VerifyAuditChainQuery, AuditVerification> {
  constructor(
    private readonly log: AuditLogRepository,
    private readonly appender: AuditAppender,
  ) {}

  async execute(): Promise<AuditVerification> {
    await this.appender.sweep();
    const head = await this.log.head(AUDIT_PARTITION);
    let last = { seq: 0, hash: GENESIS_HASH };
    let checked = 0;
    for (;;) {
      const entries = await this.log.page(AUDIT_PARTITION, last.seq, VERIFY_PAGE);
      const firstBreak = findBreak(last, entries);
      if (firstBreak) return { partition: AUDIT_PARTITION, verified: false, entriesChecked: checked + entries.findIndex((entry) => entry.seq >= firstBreak.seq), headSeq: head.seq, firstBreak };
      checked += entries.length;
      if (entries.length) last = { seq: entries[entries.length - 1].seq, hash: entries[entries.length - 1].hash };
      if (entries.length < VERIFY_PAGE) break;
    }
    // The head records the newest link: entries cut off the end or a head rewritten without them show here.
    if (last.seq !== head.seq || last.hash !== head.hash) {
      return { partition: AUDIT_PARTITION, verified: false, entriesChecked: checked, headSeq: head.seq, firstBreak: { seq: last.seq + 1, reason: 'gap', expected: head.hash, found: last.hash } };
    }
    return { partition: AUDIT_PARTITION, verified: true, entriesChecked: checked, headSeq: head.seq };
  }
}

function encodeCursor(seq: number): string {
  return Buffer.from(`seq:${seq}`).toString('base64url');
}

function decodeCursor(cursor: string | undefined): number | undefined {
  if (!cursor) return undefined;
  const match = /^seq:(\d{1,15})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) throw new DomainError('AUDIT.INVALID_CURSOR', 'The cursor is not one this listing returned.');
  return Number(match[1]);
}
