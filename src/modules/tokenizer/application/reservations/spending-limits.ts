import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { dailyLimitExceeded, perOperationLimitExceeded } from '../../domain/errors/limit.errors.js';
import { DAILY_WINDOW_MS, type OutgoingKind, dailyCounterOf } from '../../domain/spending-limits.js';
import { DailySpendRepository } from '../../infrastructure/persistence/daily-spend.repository.js';
import type { DailyAllowance, SpendingSnapshot } from '../../infrastructure/persistence/spending.repository.js';
import { tokenizerConfig } from '../../tokenizer.config.js';

/** How far behind another instance's clock may be when it stamps an entry of the window. */
const CLOCK_SKEW_MS = 60_000;
const REMEMBERED_CUSTOMERS = 50_000;

/**
 * A customer's amount limits on outgoing money: a maximum per operation and a rolling 24-hour
 * total per kind (`TRANSFER_MAX_AMOUNT`, `TRANSFER_DAILY_LIMIT`, `WITHDRAWAL_MAX_AMOUNT`,
 * `WITHDRAWAL_DAILY_LIMIT`). The daily total is reserved by the write that records the operation
 * (SpendingRepository.reserve) and given back when the operation fails.
 */
@Injectable()
export class SpendingLimits {
  private readonly logger = new Logger(SpendingLimits.name);
  /** Per customer, when the daily window must next be read for aged entries. */
  private readonly nextExpiry = new Map<string, number>();

  constructor(
    private readonly daily: DailySpendRepository,
    @Inject(tokenizerConfig.KEY) private readonly config: ConfigType<typeof tokenizerConfig>,
  ) {}

  /** Refuses an amount above the per-operation maximum, before anything is read or written. */
  checkPerOperation(kind: OutgoingKind, amount: bigint): void {
    const maximum = kind === 'transfer' ? this.config.TRANSFER_MAX_AMOUNT : this.config.WITHDRAWAL_MAX_AMOUNT;
    if (amount > maximum) throw perOperationLimitExceeded(kind, maximum);
  }

  allowanceOf(kind: OutgoingKind): DailyAllowance {
    return { counter: dailyCounterOf(kind), limit: kind === 'transfer' ? this.config.TRANSFER_DAILY_LIMIT : this.config.WITHDRAWAL_DAILY_LIMIT };
  }

  /** Refuses, with what remains, an amount the window as last read has no room for (the write's condition is the exact check). */
  checkDaily(kind: OutgoingKind, amount: bigint, seen: SpendingSnapshot): void {
    const { counter, limit } = this.allowanceOf(kind);
    const used = seen.daily[counter];
    if (used + amount > limit) throw dailyLimitExceeded(kind, limit, used >= limit ? 0n : limit - used);
  }

  /**
   * Takes the customer's operations older than 24 hours out of the window (each exactly once). The
   * window is read only when something in it may have aged out: after a read at `now`, nothing can
   * before the oldest entry left ages, or, for entries recorded after the read (by any instance,
   * whose clock may be up to CLOCK_SKEW_MS behind), before 24 hours after it.
   */
  async expire(customerId: string, now = Date.now()): Promise<void> {
    const due = this.nextExpiry.get(customerId);
    if (due !== undefined && now < due) return;
    const entries = await this.daily.entriesOf(customerId);
    const aged = entries.filter((entry) => entry.at <= now - DAILY_WINDOW_MS);
    for (const entry of aged) await this.daily.remove(customerId, entry);
    const oldestLeft = Math.min(...entries.filter((entry) => !aged.includes(entry)).map((entry) => entry.at));
    this.remember(customerId, Math.min(oldestLeft, now - CLOCK_SKEW_MS) + DAILY_WINDOW_MS);
  }

  private remember(customerId: string, due: number): void {
    this.nextExpiry.delete(customerId);
    if (this.nextExpiry.size >= REMEMBERED_CUSTOMERS) this.nextExpiry.delete(this.nextExpiry.keys().next().value as string);
    this.nextExpiry.set(customerId, due);
  }

  /**
   * A failed or refused operation gives its amount back to the window. Called after the failure is
   * recorded; if the process stops in between, the amount only counts until it ages out (24 h).
   */
  async giveBack(customerId: string, operationId: string, kind: OutgoingKind, amount: bigint): Promise<void> {
    try {
      await this.daily.remove(customerId, { operationId, kind, amount });
    } catch (error) {
      this.logger.warn({ err: error, operationId }, 'the daily allowance of a failed operation was not given back; it ages out in 24 h');
    }
  }
}
