import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { dailyLimitExceeded, perOperationLimitExceeded } from '../../domain/errors/limit.errors.js';
import { DAILY_WINDOW_MS, type OutgoingKind, dailyCounterOf } from '../../domain/spending-limits.js';
import { DailySpendRepository } from '../../infrastructure/persistence/daily-spend.repository.js';
import type { DailyAllowance, SpendingSnapshot } from '../../infrastructure/persistence/spending.repository.js';
import { tokenizerConfig } from '../../tokenizer.config.js';

/**
 * A customer's amount limits on outgoing money: a maximum per operation and a rolling 24-hour
 * total per kind (`TRANSFER_MAX_AMOUNT`, `TRANSFER_DAILY_LIMIT`, `WITHDRAWAL_MAX_AMOUNT`,
 * `WITHDRAWAL_DAILY_LIMIT`). The daily total is reserved by the write that records the operation
 * (SpendingRepository.reserve) and given back when the operation fails.
 */
@Injectable()
export class SpendingLimits {
  private readonly logger = new Logger(SpendingLimits.name);

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

  /** Takes the customer's operations older than 24 hours out of the window (each exactly once). */
  async expire(customerId: string, now = Date.now()): Promise<void> {
    const aged = (await this.daily.entriesOf(customerId)).filter((entry) => entry.at <= now - DAILY_WINDOW_MS);
    for (const entry of aged) await this.daily.remove(customerId, entry);
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
