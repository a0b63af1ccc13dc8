import { Query } from '@nestjs/cqrs';
import type { AuditEntry, ChainBreak } from '../../domain/audit-entry.js';
import type { AuditFilter } from '../../infrastructure/persistence/audit-log.repository.js';

export interface AuditPage {
  items: AuditEntry[];
  nextCursor?: string;
}

/** The audit trail newest first, filtered; `cursor` is the previous page's `nextCursor`. */
export class ListAuditEntriesQuery extends Query<AuditPage> {
  constructor(
    readonly filter: AuditFilter,
    readonly cursor: string | undefined,
    readonly limit: number,
  ) {
    super();
  }
}

export interface AuditVerification {
  partition: string;
  verified: boolean;
  entriesChecked: number;
  headSeq: number;
  firstBreak?: ChainBreak;
}

/** Re-computes the hash chain from the first entry and reports the first break. */
export class VerifyAuditChainQuery extends Query<AuditVerification> {}
