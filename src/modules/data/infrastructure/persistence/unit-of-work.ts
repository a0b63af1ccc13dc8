import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import { ConflictError } from '../../../../shared/errors/index.js';
import { currentActor } from '../../../../shared/context/index.js';
import { DomainEvent, serializeEvent } from '../../../../shared/events/index.js';
import { DynamoTables } from '../dynamo-tables.js';
import { dataConfig } from '../../data.config.js';
import { OUTBOX_TABLE, OutboxRecord, outboxSchema } from './outbox.model.js';
import { OutboxRelay } from '../../application/outbox-relay.js';
import { OUTBOX_MODEL } from './outbox.tokens.js';

/** A dynamoose transaction item: `Model.transaction.create(...)`, `.update(...)`, `.delete(...)`, `.condition(...)`. */
export type WriteItem = Parameters<typeof dynamoose.transaction>[0][number];

const MAX_ATTEMPTS = 8;

/**
 * Writes state and the events it raises in one DynamoDB transaction, then hands the events to the
 * relay. If the process dies after the commit, the relay delivers them on the next start.
 */
@Injectable()
export class UnitOfWork {
  constructor(
    @Inject(OUTBOX_MODEL) private readonly outbox: ModelType<OutboxRecord>,
    private readonly relay: OutboxRelay,
    @Inject(dataConfig.KEY) private readonly config: ConfigType<typeof dataConfig>,
  ) {}

  /**
   * Commits atomically. A failed condition (a duplicate, a state that moved on) raises a
   * ConflictError carrying `conflict`, the reasons DynamoDB gave, so callers can treat a
   * duplicate delivery as already done.
   */
  async commit(writes: WriteItem[], events: DomainEvent[] = []): Promise<void> {
    const outboxWrites = this.outboxWrites(events);
    for (let attempt = 1; ; attempt++) {
      try {
        await dynamoose.transaction([...writes, ...outboxWrites]);
        break;
      } catch (error) {
        if (isConditionFailure(error)) {
          throw Object.assign(new ConflictError('DATA.CONDITION_FAILED', 'The record changed or already exists.'), { cause: error });
        }
        // Two transactions touching the same item at once: DynamoDB cancels one; try it again.
        if (isTransactionConflict(error) && attempt < MAX_ATTEMPTS) {
          await new Promise((resolve) => setTimeout(resolve, 20 * attempt + Math.random() * 50));
          continue;
        }
        throw error;
      }
    }
    this.committed(events);
  }

  /** The outbox items of `events`, attributed to the caller acting now (for a commit made later on its behalf: GroupCommit). */
  outboxWrites(events: DomainEvent[]): WriteItem[] {
    const acting = currentActor();
    const attribution = acting
      ? { requestId: acting.requestId, ...(acting.actorId ? { actorId: acting.actorId, actorRoles: (acting.actorRoles ?? []).join(',') } : {}) }
      : {};
    const consumers = { pending: '1', unaudited: '1', ...(this.config.EVENTBRIDGE_BUS_NAME ? { unforwarded: '1' } : {}) };
    return events.map((event) => {
      const serialized = serializeEvent(event);
      return this.outbox.transaction.create({ ...serialized, payload: JSON.stringify(serialized.payload), ...consumers, ...attribution }, { overwrite: false });
    });
  }

  /** Events whose outbox items committed: the relay publishes them now. */
  committed(events: DomainEvent[]): void {
    if (events.length) this.relay.deliverSoon(events);
  }
}

export function isConditionFailure(error: unknown): boolean {
  const name = (error as { name?: string })?.name;
  if (name === 'ConditionalCheckFailedException') return true;
  if (name === 'TransactionCanceledException') {
    const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
    if (reasons.length === 0) return /ConditionalCheckFailed/.test(String((error as Error).message));
    return reasons.some((reason) => reason.Code === 'ConditionalCheckFailed');
  }
  return false;
}

function isTransactionConflict(error: unknown): boolean {
  const reasons = (error as { CancellationReasons?: { Code?: string }[] })?.CancellationReasons ?? [];
  return (
    (error as { name?: string })?.name === 'TransactionConflictException' ||
    reasons.some((reason) => reason.Code === 'TransactionConflict') ||
    /TransactionConflict/.test(String((error as Error)?.message))
  );
}

export function isDataConflict(error: unknown): boolean {
  return error instanceof ConflictError && error.code === 'DATA.CONDITION_FAILED';
}

export function defineOutbox(tables: DynamoTables): ModelType<OutboxRecord> {
  return tables.define<OutboxRecord>(OUTBOX_TABLE, outboxSchema, { updateIndexes: true });
}
