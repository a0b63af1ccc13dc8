import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { IdleBackoff } from '../../../../shared/state-machine/index.js';
import { SandboxBankLedger } from './sandbox-bank.ledger.js';

const CLEARING_POLL_MS = 100;
/** With nothing in clearing, rounds look less and less often, up to this. */
const IDLE_POLL_MAX_MS = 1_000;

/** The sandbox bank's clearing cycle: settles or returns the payouts it executed, a moment later. */
@Injectable()
export class SandboxPayoutClearing implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SandboxPayoutClearing.name);
  private timer?: NodeJS.Timeout;
  private running = false;
  private readonly backoff = new IdleBackoff(CLEARING_POLL_MS, IDLE_POLL_MAX_MS);

  constructor(private readonly ledger: SandboxBankLedger) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.backoff.due() && void this.run(), CLEARING_POLL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      this.backoff.done(await this.ledger.clearDue());
    } catch (error) {
      this.backoff.done(true);
      this.logger.warn({ err: error }, 'sandbox clearing round failed');
    } finally {
      this.running = false;
    }
  }
}
