import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import { DynamoTables, type WriteItem } from '../../../data/index.js';
import { type AuditEntry, GENESIS_HASH } from '../../domain/audit-entry.js';
import {
  AGGREGATE_INDEX,
  AUDIT_HEAD_TABLE,
  AUDIT_LOG_TABLE,
  type AuditEntryRecord,
  type AuditHeadRecord,
  COUNTERPARTY_INDEX,
  CUSTOMER_INDEX,
  auditEntrySchema,
  auditHeadSchema,
} from './audit-log.model.js';

/** Each given field narrows the listing; `from` and `to` bound `occurredAt` (ISO 8601). */
export type AuditFilter = Partial<Record<'aggregateId' | 'customerId' | 'type' | 'actor' | 'from' | 'to', string>>;

const PAGE = 200;
/** A filtered listing reads at most this many pages before answering with what it found and a cursor. */
const MAX_PAGES = 25;

/** Append-only: entries are created under a conditional head update, never updated or deleted. */
@Injectable()
export class AuditLogRepository {
  private readonly entries: ModelType<AuditEntryRecord>;
  private readonly heads: ModelType<AuditHeadRecord>;

  constructor(tables: DynamoTables) {
    this.entries = tables.define<AuditEntryRecord>(AUDIT_LOG_TABLE, auditEntrySchema);
    this.heads = tables.define<AuditHeadRecord>(AUDIT_HEAD_TABLE, auditHeadSchema);
  }

  async head(partition: string): Promise<{ seq: number; hash: string }> {
    const head = await this.heads.get({ partition }, { consistent: true });
    return head ? { seq: head.seq, hash: head.hash } : { seq: 0, hash: GENESIS_HASH };
  }

  /** Appends entries after `head` in one transaction with `alongside` (the outbox acknowledgements); fails if the head moved. */
  async append(partition: string, head: { seq: number }, entries: AuditEntry[], alongside: WriteItem[]): Promise<void> {
    if (entries.length === 0) return;
    const last = entries[entries.length - 1];
    const condition = head.seq === 0 ? new dynamoose.Condition('partition').not().exists() : new dynamoose.Condition('seq').eq(head.seq);
    await dynamoose.transaction([
      this.heads.transaction.update({ partition }, { seq: last.seq, hash: last.hash }, { condition }),
      ...entries.map((entry) => this.entries.transaction.create(toRecord(entry), { overwrite: false })),
      ...alongside,
    ]);
  }

  /** Newest first, entries older than `beforeSeq`. */
  async list(partition: string, filter: AuditFilter, beforeSeq: number | undefined, limit: number): Promise<{ items: AuditEntry[]; nextCursor?: number }> {
    if (filter.customerId) {
      const [own, counterpart] = await Promise.all([
        this.scanDescending(CUSTOMER_INDEX, 'customerId', filter.customerId, filter, beforeSeq, limit),
        this.scanDescending(COUNTERPARTY_INDEX, 'counterpartyId', filter.customerId, filter, beforeSeq, limit),
      ]);
      const merged = [...new Map([...own.items, ...counterpart.items].map((entry) => [entry.seq, entry])).values()].sort((a, b) => b.seq - a.seq);
      const items = merged.slice(0, limit);
      const more = merged.length > limit || own.nextCursor !== undefined || counterpart.nextCursor !== undefined;
      return { items, nextCursor: more && items.length ? items[items.length - 1].seq : undefined };
    }
    if (filter.aggregateId) return this.scanDescending(AGGREGATE_INDEX, 'aggregateId', filter.aggregateId, filter, beforeSeq, limit);
    return this.scanDescending(undefined, 'partition', partition, filter, beforeSeq, limit);
  }

  /** Oldest first, entries after `afterSeq`: what verification walks. */
  async page(partition: string, afterSeq: number, limit: number): Promise<AuditEntry[]> {
    const records = await this.entries.query('partition').eq(partition).where('seq').gt(afterSeq).sort('ascending').limit(limit).consistent().exec();
    return records.map(toEntry);
  }

  private async scanDescending(
    index: string | undefined,
    key: string,
    value: string,
    filter: AuditFilter,
    beforeSeq: number | undefined,
    limit: number,
  ): Promise<{ items: AuditEntry[]; nextCursor?: number }> {
    const items: AuditEntry[] = [];
    let lastKey: unknown;
    for (let page = 0; page < MAX_PAGES; page++) {
      let query = this.entries.query(key).eq(value);
      if (index) query = query.using(index);
      if (beforeSeq !== undefined) query = query.where('seq').lt(beforeSeq);
      if (filter.type) query = query.where('type').eq(filter.type);
      if (filter.actor) query = query.where('actor').eq(filter.actor);
      if (filter.from) query = query.where('occurredAt').ge(filter.from);
      if (filter.to) query = query.where('occurredAt').le(filter.to);
      query = query.sort('descending').limit(PAGE);
      if (lastKey) query = query.startAt(lastKey as never);
      const records = await query.exec();
      for (const record of records) {
        items.push(toEntry(record));
        if (items.length === limit) return { items, nextCursor: record.seq };
      }
      lastKey = records.lastKey;
      if (!lastKey) return { items };
    }
    return { items, nextCursor: items.length ? items[items.length - 1].seq : beforeSeq };
  }
}

function toRecord(entry: AuditEntry): Partial<AuditEntryRecord> {
  const { actorRoles, ...rest } = entry;
  return Object.fromEntries(
    Object.entries({ ...rest, actorRoles: actorRoles.length ? actorRoles.join(',') : undefined }).filter(([, value]) => value !== undefined),
  ) as Partial<AuditEntryRecord>;
}

function toEntry(record: AuditEntryRecord): AuditEntry {
  return {
    partition: record.partition,
    seq: record.seq,
    eventId: record.eventId,
    type: record.type,
    aggregateId: record.aggregateId,
    ...(record.customerId ? { customerId: record.customerId } : {}),
    ...(record.counterpartyId ? { counterpartyId: record.counterpartyId } : {}),
    actor: record.actor,
    actorRoles: record.actorRoles ? record.actorRoles.split(',') : [],
    ...(record.requestId ? { requestId: record.requestId } : {}),
    occurredAt: record.occurredAt,
    recordedAt: record.recordedAt,
    data: record.data,
    previousHash: record.previousHash,
    hash: record.hash,
  };
}
