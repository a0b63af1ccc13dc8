import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { SandboxBankLedger } from './sandbox-bank.ledger.js';

const CLEARING_POLL_MS = 100;

/** The sandbox bank's clearing cycle: settles or returns the payouts it executed, a moment later. */
@Injectable()
export class SandboxPayoutClearing implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SandboxPayoutClearing.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(private readonly ledger: SandboxBankLedger) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.run(), CLEARING_POLL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      await this.ledger.clearDue();
    } catch (error) {
      this.logger.warn({ err: error }, 'sandbox clearing round failed');
    } finally {
      this.running = false;
    }
  }
}
