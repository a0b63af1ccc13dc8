import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import type { DomainEvent } from '../../../../shared/events/index.js';
import type { ClaimOutcome, IdempotencyRecord, IdempotencyStore, StoredResponse } from '../../../../shared/http/index.js';
import { DynamoTables } from '../dynamo-tables.js';
import { GroupCommit } from './group-commit.js';
import { isConditionFailure, isDataConflict } from './unit-of-work.js';

interface IdempotencyKeyItem extends Item {
  /** sha256 of caller and key: the key itself is never stored. */
  id: string;
  fingerprint: string;
  state: 'in_progress' | 'completed';
  lockedUntil: number;
  response?: string;
  /** Epoch seconds; an expired key is as good as absent (and DynamoDB TTL may remove it). */
  expiresAt: number;
  createdAt: string;
}

/**
 * Idempotency keys of the HTTP API (the store behind the shared `@Idempotent()` interceptor). A
 * request's claim and its completion go through the group commit: concurrent requests share one
 * DynamoDB transaction for each.
 */
@Injectable()
export class IdempotencyKeyRepository implements IdempotencyStore {
  private readonly keys: ModelType<IdempotencyKeyItem>;

  constructor(
    tables: DynamoTables,
    private readonly groupCommit: GroupCommit,
  ) {
    this.keys = tables.define<IdempotencyKeyItem>(
      'idempotency_keys',
      new dynamoose.Schema(
        {
          id: { type: String, hashKey: true },
          fingerprint: String,
          state: String,
          lockedUntil: Number,
          response: String,
          expiresAt: Number,
          createdAt: String,
        },
        { saveUnknown: false },
      ),
    );
  }

  async claim(id: string, fingerprint: string, lockMs: number, retentionSeconds: number): Promise<ClaimOutcome> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const now = Date.now();
      const fresh = { id, fingerprint, state: 'in_progress' as const, lockedUntil: now + lockMs, expiresAt: Math.floor(now / 1000) + retentionSeconds, createdAt: new Date(now).toISOString() };
      try {
        await this.groupCommit.commit([this.keys.transaction.create(fresh, { overwrite: false })], id);
        return { claimed: true };
      } catch (error) {
        if (!isDataConflict(error)) throw error;
      }
      const existing = await this.keys.get({ id }, { consistent: true });
      if (!existing) continue; // released meanwhile: try again
      const expired = existing.expiresAt * 1000 < now;
      const abandoned = existing.state === 'in_progress' && existing.lockedUntil < now && existing.fingerprint === fingerprint;
      if (expired || abandoned) {
        // Take the key over only if nobody else did since we read it.
        try {
          const { id: _key, ...claimed } = fresh;
          await this.keys.update({ id }, { $SET: claimed, $REMOVE: ['response'] }, {
            condition: new dynamoose.Condition('lockedUntil').eq(existing.lockedUntil).and().where('state').eq(existing.state),
          });
          return { claimed: true };
        } catch (error) {
          if (!isConditionFailure(error)) throw error;
          continue;
        }
      }
      return { claimed: false, existing: toRecord(existing) };
    }
    throw new Error('idempotency key contention');
  }

  async complete(id: string, response: StoredResponse, events: DomainEvent[] = []): Promise<void> {
    await this.groupCommit.commit([this.keys.transaction.update({ id }, { state: 'completed', response: JSON.stringify(response) })], id, events);
  }

  async release(id: string): Promise<void> {
    await this.keys.delete({ id });
  }
}

function toRecord(item: IdempotencyKeyItem): IdempotencyRecord {
  return {
    fingerprint: item.fingerprint,
    state: item.state,
    lockedUntil: item.lockedUntil,
    ...(item.response ? { response: JSON.parse(item.response) as StoredResponse } : {}),
  };
}
