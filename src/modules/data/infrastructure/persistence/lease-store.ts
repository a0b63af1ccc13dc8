import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { DynamoTables } from '../dynamo-tables.js';
import { isConditionFailure } from './unit-of-work.js';

export interface LeaseRecord extends Item {
  name: string;
  holder: string;
  /** Grows by one at every change of holder (and every re-acquisition): the fencing token. */
  fence: number;
  /** Epoch milliseconds; past it, anyone may take the lease. */
  expiresAt: number;
  updatedAt: string;
}

/**
 * Named leases in DynamoDB: whoever takes one (a conditional write that succeeds only when it is
 * free, expired, or already theirs) holds it until it expires unless they renew it. Every taking
 * raises the fence, so writes guarded by the fence refuse a former holder that woke up late.
 */
@Injectable()
export class LeaseStore {
  private readonly leases: ModelType<LeaseRecord>;

  constructor(tables: DynamoTables) {
    this.leases = tables.define<LeaseRecord>(
      'leases',
      new dynamoose.Schema({ name: { type: String, hashKey: true }, holder: String, fence: Number, expiresAt: Number, updatedAt: String }, { saveUnknown: false }),
    );
  }

  read(name: string): Promise<LeaseRecord | undefined> {
    return this.leases.get({ name }, { consistent: true });
  }

  /** The new fence when `holder` now holds the lease; undefined while someone else does. */
  async acquire(name: string, holder: string, durationMs: number, now = Date.now()): Promise<number | undefined> {
    const free = new dynamoose.Condition()
      .where('name')
      .not()
      .exists()
      .or()
      .where('expiresAt')
      .lt(now)
      .or()
      .where('holder')
      .eq(holder);
    try {
      const taken = await this.leases.update(
        { name },
        { $SET: { holder, expiresAt: now + durationMs, updatedAt: new Date(now).toISOString() }, $ADD: { fence: 1 } },
        { condition: free, returnValues: 'ALL_NEW' },
      );
      return taken.fence;
    } catch (error) {
      if (isConditionFailure(error)) return undefined;
      throw error;
    }
  }

  /** false when the lease was lost (expired and taken by someone else meanwhile). */
  async renew(name: string, holder: string, fence: number, durationMs: number, now = Date.now()): Promise<boolean> {
    try {
      await this.leases.update(
        { name },
        { expiresAt: now + durationMs, updatedAt: new Date(now).toISOString() },
        { condition: new dynamoose.Condition().where('holder').eq(holder).and().where('fence').eq(fence), returnValues: 'NONE' },
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  /**
   * Renews several of `holder`'s leases in one call: the names still held come back. DynamoDB
   * cancels the whole transaction when one condition fails, saying which; that one is lost and the
   * rest go again.
   */
  async renewAll(leases: readonly { name: string; fence: number }[], holder: string, durationMs: number, now = Date.now()): Promise<Set<string>> {
    if (leases.length === 1) return (await this.renew(leases[0].name, holder, leases[0].fence, durationMs, now)) ? new Set([leases[0].name]) : new Set();
    if (leases.length === 0) return new Set();
    const changes = { expiresAt: now + durationMs, updatedAt: new Date(now).toISOString() };
    try {
      await dynamoose.transaction(
        leases.map(({ name, fence }) =>
          this.leases.transaction.update({ name }, changes, { condition: new dynamoose.Condition().where('holder').eq(holder).and().where('fence').eq(fence) }),
        ),
      );
      return new Set(leases.map(({ name }) => name));
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
      const reasons = (error as { CancellationReasons?: { Code?: string }[] }).CancellationReasons ?? [];
      const held = leases.filter((_, index) => reasons[index]?.Code !== 'ConditionalCheckFailed');
      // Without reasons nothing says which was lost: renew them one by one.
      if (reasons.length === 0) return this.renewEach(leases, holder, durationMs, now);
      return this.renewAll(held, holder, durationMs, now);
    }
  }

  private async renewEach(leases: readonly { name: string; fence: number }[], holder: string, durationMs: number, now: number): Promise<Set<string>> {
    const outcomes = await Promise.all(leases.map(async ({ name, fence }) => ((await this.renew(name, holder, fence, durationMs, now)) ? name : undefined)));
    return new Set(outcomes.filter((name): name is string => name !== undefined));
  }

  /** Lets the next instance take over at once (graceful shutdown). */
  async release(name: string, holder: string, fence: number): Promise<void> {
    try {
      await this.leases.update(
        { name },
        { expiresAt: 0, updatedAt: new Date().toISOString() },
        { condition: new dynamoose.Condition().where('holder').eq(holder).and().where('fence').eq(fence), returnValues: 'NONE' },
      );
    } catch (error) {
      if (!isConditionFailure(error)) throw error;
    }
  }
}
