import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { WithdrawalRepository } from '../../infrastructure/withdrawal.repository.js';
import { WithdrawalProcessor } from './withdrawal-processor.js';

const SWEEP_INTERVAL_MS = 5_000;
/** Younger open withdrawals are still moved by their own events. */
const QUIET_MS = 15_000;

/** Resumes withdrawals a crash or a lost event left open: each is advanced from the state it was persisted in. */
@Injectable()
export class OpenWithdrawalSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OpenWithdrawalSweeper.name);
  private timer?: NodeJS.Timeout;
  private sweeping = false;
  private afterBoot = true;

  constructor(
    private readonly withdrawals: WithdrawalRepository,
    private readonly processor: WithdrawalProcessor,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    const everything = this.afterBoot;
    try {
      const quietSince = new Date(Date.now() - QUIET_MS).toISOString();
      for (const withdrawal of await this.withdrawals.listOpen()) {
        if (!everything && withdrawal.updatedAt > quietSince) continue;
        await this.processor.advance(withdrawal.id).catch((error) => this.logger.warn({ err: error, withdrawalId: withdrawal.id }, 'withdrawal not resumed yet'));
      }
      this.afterBoot = false;
    } catch (error) {
      this.logger.warn({ err: error }, 'withdrawal sweep failed; the next one tries again');
    } finally {
      this.sweeping = false;
    }
  }
}
