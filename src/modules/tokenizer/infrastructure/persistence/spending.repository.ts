import { Injectable } from '@nestjs/common';
import dynamoose from 'dynamoose';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { safeIntegerOf } from '../../../../shared/numbers/index.js';
import { DynamoTables, type WriteItem, isDataConflict } from '../../../data/index.js';

interface SpendingRecord extends Item {
  customerId: string;
  /** Cents promised to outgoing operations that the chain has not settled yet. */
  reserved: number;
  /** Counts releases: a reservation is checked against a chain balance read after the count it saw. */
  releases: number;
  /** Cents of transfers / withdrawals in the rolling 24-hour window (see DailySpendRepository). */
  dailyTransfer?: number;
  dailyWithdrawal?: number;
  /** EIP-3009 nonce words handed out so far: word w covers nonces 256w..256w+255 (one storage slot on chain). */
  nonceWords: number;
}

export interface SpendingSnapshot {
  reserved: bigint;
  releases: number;
  daily: Record<DailyCounter, bigint>;
  /** Remembered by this instance rather than read: a hint the write's condition checks, never a reason to refuse. */
  remembered?: boolean;
}

const REMEMBERED_CUSTOMERS = 50_000;

export type DailyCounter = 'dailyTransfer' | 'dailyWithdrawal';

/** The daily limit a reservation must stay within: `counter` plus the amount at most `limit`. */
export interface DailyAllowance {
  counter: DailyCounter;
  limit: bigint;
}

const cents = (amount: bigint) => safeIntegerOf(amount, 'cents');

/**
 * Per-customer reservations of the spendable balance. A new outgoing operation reserves its amount
 * in the same DynamoDB transaction that records it, on the condition that everything reserved
 * still fits the chain's spendable balance, read after the releases count it was checked against:
 * a release in between (which may coincide with money leaving on chain) makes the condition fail
 * and the caller reads again. Concurrent reservations do not conflict; they add atomically.
 */
@Injectable()
export class SpendingRepository {
  private readonly spending: ModelType<SpendingRecord>;
  /** Per customer, the record as this instance last wrote or read it. */
  private readonly known = new Map<string, SpendingSnapshot>();

  constructor(tables: DynamoTables) {
    this.spending = tables.define<SpendingRecord>(
      'tokenizer_spending',
      new dynamoose.Schema({ customerId: { type: String, hashKey: true }, reserved: Number, releases: Number, nonceWords: Number, dailyTransfer: Number, dailyWithdrawal: Number }, { saveUnknown: false }),
    );
  }

  /**
   * Read this BEFORE reading the chain balance that the reservation is checked against. Unless
   * `fresh`, what this instance last wrote or read stands in for the read: the reservation's
   * condition holds it to the record (a release elsewhere makes it fail), so a stale one costs a
   * retry, never a wrong reservation.
   */
  async snapshot(customerId: string, fresh = false): Promise<SpendingSnapshot> {
    const known = fresh ? undefined : this.known.get(customerId);
    if (known) return { ...known, daily: { ...known.daily }, remembered: true };
    const read = await this.read(customerId);
    this.remember(customerId, read);
    return read;
  }

  /** The reservation of `amount` against `seen` committed. */
  reserved(customerId: string, seen: SpendingSnapshot, amount: bigint, counter: DailyCounter): void {
    this.remember(customerId, { reserved: seen.reserved + amount, releases: seen.releases, daily: { ...seen.daily, [counter]: seen.daily[counter] + amount } });
  }

  /** What this instance remembers of the customer no longer holds (a condition failed on it). */
  forget(customerId: string): void {
    this.known.delete(customerId);
  }

  private remember(customerId: string, snapshot: SpendingSnapshot): void {
    this.known.delete(customerId);
    if (this.known.size >= REMEMBERED_CUSTOMERS) this.known.delete(this.known.keys().next().value as string);
    this.known.set(customerId, { reserved: snapshot.reserved, releases: snapshot.releases, daily: { ...snapshot.daily } });
  }

  /** A write about to change the record: what is remembered follows it (if it does not commit, the next condition says so). */
  private follow(customerId: string, change: (known: SpendingSnapshot) => void): void {
    const known = this.known.get(customerId);
    if (known) change(known);
  }

  private async read(customerId: string): Promise<SpendingSnapshot> {
    let record = await this.spending.get({ customerId }, { consistent: true });
    if (!record) {
      try {
        await this.spending.create({ customerId, reserved: 0, releases: 0, nonceWords: 0 }, { overwrite: false });
      } catch (error) {
        if (!isDataConflict(error) && (error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
      }
      record = await this.spending.get({ customerId }, { consistent: true });
    }
    return {
      reserved: BigInt(record?.reserved ?? 0),
      releases: record?.releases ?? 0,
      daily: { dailyTransfer: BigInt(record?.dailyTransfer ?? 0), dailyWithdrawal: BigInt(record?.dailyWithdrawal ?? 0) },
    };
  }

  /** What is reserved now (the balance's pending out); no record yet means nothing. */
  async reservedOf(customerId: string): Promise<bigint> {
    return BigInt((await this.spending.get({ customerId }))?.reserved ?? 0);
  }

  /** A nonce word no one else was given (unused nonces in it are harmless: nonces are usable in any order). */
  async nextNonceWord(customerId: string): Promise<number> {
    // Adding 0 creates the other counters on a customer's first payment and leaves them alone after.
    const updated = await this.spending.update({ customerId }, { $ADD: { nonceWords: 1, reserved: 0, releases: 0 } });
    return updated.nonceWords;
  }

  /**
   * Adds `amount` to the reservations if, with it, they stay within `room` and nothing was released
   * since `seen`; and to the daily counter if, with it, that stays within the daily limit. Both
   * conditions are checked by DynamoDB on the write itself, so concurrent requests add up exactly.
   */
  reserve(customerId: string, amount: bigint, seen: SpendingSnapshot, room: bigint, daily: DailyAllowance): WriteItem {
    const { counter, limit } = daily;
    return this.spending.transaction.update(
      { customerId },
      { $ADD: { reserved: cents(amount), [counter]: cents(amount) } },
      {
        condition: new dynamoose.Condition('releases')
          .eq(seen.releases)
          .and()
          .where('reserved')
          .le(cents(room - amount))
          .and()
          .group((within) => within.where(counter).not().exists().or().where(counter).le(cents(limit - amount))),
      },
    );
  }

  release(customerId: string, amount: bigint): WriteItem {
    this.follow(customerId, (known) => {
      known.reserved -= amount;
      known.releases += 1;
    });
    return this.spending.transaction.update({ customerId }, { $ADD: { reserved: cents(-amount), releases: 1 } });
  }

  /** An operation left the daily window: its amount no longer counts against the limit. */
  lowerDaily(customerId: string, counter: DailyCounter, amount: bigint): WriteItem {
    this.follow(customerId, (known) => {
      known.daily[counter] -= amount;
    });
    return this.spending.transaction.update({ customerId }, { $ADD: { [counter]: cents(-amount) } });
  }

  /** The releases of many settled operations, one write per customer (a transaction may touch an item once). */
  releaseAll(settled: { customerId: string; amount: bigint }[]): WriteItem[] {
    const totals = new Map<string, bigint>();
    for (const { customerId, amount } of settled) totals.set(customerId, (totals.get(customerId) ?? 0n) + amount);
    return [...totals].map(([customerId, amount]) => this.release(customerId, amount));
  }
}
