import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DepositRepository } from '../infrastructure/deposit.repository.js';
import { TopUpRepository } from '../infrastructure/topup.repository.js';
import { DepositProcessor } from './deposit-processor.js';
import { TopUpProcessor } from './topup-processor.js';

const SWEEP_INTERVAL_MS = 5_000;
/**
 * Operations touched more recently than this are left to the event that is already driving them:
 * under load, sweeping them too would only double the work. Lost events are redelivered by the
 * outbox; the sweep is for what a crash or a wait left behind.
 */
const QUIET_MS = 30_000;

/** Resumes deposits and top-ups left open by a crash, a lost event, or a wait (an identity being registered). */
@Injectable()
export class OpenOperationSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private sweeping = false;
  private readonly logger = new Logger(OpenOperationSweeper.name);

  constructor(
    private readonly deposits: DepositRepository,
    private readonly topUps: TopUpRepository,
    private readonly depositProcessor: DepositProcessor,
    private readonly topUpProcessor: TopUpProcessor,
  ) {}

  onApplicationBootstrap(): void {
    void this.sweep(true);
    this.timer = setInterval(() => void this.sweep(), SWEEP_INTERVAL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** `everything`: after a restart, or when something they waited for happened (an identity registered). */
  async sweep(everything = false): Promise<void> {
    if (this.sweeping) return;
    this.sweeping = true;
    try {
      const quiet = (updatedAt: string) => everything || Date.now() - Date.parse(updatedAt) > QUIET_MS;
      for (const deposit of await this.deposits.listOpen()) if (quiet(deposit.updatedAt)) await this.depositProcessor.advance(deposit.id);
      for (const topUp of await this.topUps.listOpen()) if (quiet(topUp.updatedAt)) await this.topUpProcessor.advance(topUp.id);
    } catch (error) {
      this.logger.warn({ err: error }, 'operation sweep failed; the next one tries again');
    } finally {
      this.sweeping = false;
    }
  }
}
