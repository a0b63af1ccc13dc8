import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DepositRepository } from '../infrastructure/deposit.repository.js';
import { DepositProcessor } from './deposit-processor.js';

const SWEEP_INTERVAL_MS = 5_000;

/** Resumes deposits left open by a crash, and those that waited for their customer's identity. */
@Injectable()
export class OpenDepositSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private timer?: NodeJS.Timeout;
  private sweeping = false;
  private readonly logger = new Logger(OpenDepositSweeper.name);

  constructor(
    private readonly deposits: DepositRepository,
    private readonly processor: DepositProcessor,
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
    try {
      for (const deposit of await this.deposits.listOpen()) await this.processor.advance(deposit.id);
    } catch (error) {
      this.logger.warn({ err: error }, 'deposit sweep failed; the next one tries again');
    } finally {
      this.sweeping = false;
    }
  }
}
