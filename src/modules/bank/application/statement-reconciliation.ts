import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { CommandBus } from '@nestjs/cqrs';
import { Counter, register } from 'prom-client';
import { FleetLeases } from '../../data/index.js';
import { bankConfig } from '../bank.config.js';
import { IncomingCreditRepository } from '../infrastructure/persistence/incoming-credit.repository.js';
import { type StatementCursor, StatementCursorRepository } from '../infrastructure/persistence/statement-cursor.repository.js';
import { BANK_PORT, type BankPort, type StatementEntry } from '../ports/bank.port.js';
import { RecordIncomingCreditCommand } from './commands/record-incoming-credit/record-incoming-credit.command.js';

const PAGE_SIZE = 100;
/** Pages one round reads at most; the next round resumes where it stopped. */
const PAGES_PER_ROUND = 50;
/** Each window starts this far before the last one ended: a booking stamped just before its commit is not missed. */
const WINDOW_OVERLAP_MS = 60_000;

const reconciledCredits =
  (register.getSingleMetric('bank_credits_reconciled_total') as Counter | undefined) ??
  new Counter({ name: 'bank_credits_reconciled_total', help: 'Credits found on the bank statement that no webhook had announced, booked by the reconciliation sweep' });

/**
 * The bank's webhooks can come hours late, or never: the lease holder reads the omnibus
 * statement, by booking date, and books every credit transfer it has not heard of through the
 * webhook's own path (idempotent by the bank's transaction id), so a late webhook changes nothing.
 * Credits younger than the grace period are left to their webhook. The cursor is saved after every
 * page: a crash or a lost lease resumes the window where it stopped.
 */
@Injectable()
export class StatementReconciliation implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(StatementReconciliation.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    @Inject(BANK_PORT) private readonly bank: BankPort,
    private readonly credits: IncomingCreditRepository,
    private readonly cursors: StatementCursorRepository,
    private readonly commands: CommandBus,
    private readonly leases: FleetLeases,
    @Inject(bankConfig.KEY) private readonly config: ConfigType<typeof bankConfig>,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.BANK_RECONCILIATION_INTERVAL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** One round: returns how many credits it booked (undefined when it did not run or failed). */
  async sweep(): Promise<number | undefined> {
    if (this.running || !this.leases.onDuty) return undefined;
    this.running = true;
    try {
      return await this.round(await this.cursors.load());
    } catch (error) {
      this.logger.warn({ err: error }, 'statement reconciliation failed; the next round resumes');
      return undefined;
    } finally {
      this.running = false;
    }
  }

  private async round(cursor: StatementCursor): Promise<number> {
    const now = Date.now();
    const from = cursor.window?.from ?? new Date(cursor.sweptUntil ? Date.parse(cursor.sweptUntil) - WINDOW_OVERLAP_MS : now - this.config.BANK_RECONCILIATION_LOOKBACK_MS).toISOString();
    const to = cursor.window?.to ?? new Date(now - this.config.BANK_RECONCILIATION_GRACE_MS).toISOString();
    if (from >= to) return 0;
    let pageToken = cursor.window?.pageToken;
    let booked = 0;
    for (let page = 0; page < PAGES_PER_ROUND; page++) {
      const statement = await this.bank.statement({ bookedFrom: from, bookedTo: to, pageSize: PAGE_SIZE, ...(pageToken ? { pageToken } : {}) });
      for (const entry of statement.entries) if (await this.bookIfUnknown(entry)) booked += 1;
      pageToken = statement.nextPageToken;
      await this.cursors.save(pageToken ? { ...cursor, window: { from, to, pageToken } } : { sweptUntil: to });
      if (!pageToken) break;
    }
    return booked;
  }

  private async bookIfUnknown(entry: StatementEntry): Promise<boolean> {
    if (entry.kind !== 'credit-transfer' || entry.direction !== 'credit' || entry.currency !== 'EUR') return false;
    if (await this.credits.has(entry.transactionId)) return false;
    const outcome = await this.commands.execute(
      new RecordIncomingCreditCommand({
        // The statement is its own delivery: a webhook arriving later has another id and finds the credit recorded.
        eventId: `statement:${entry.transactionId}`,
        transactionId: entry.transactionId,
        amount: entry.amount,
        currency: entry.currency,
        reference: entry.reference,
        debtorIban: entry.counterpartyIban,
        debtorName: entry.counterpartyName,
        bookedAt: entry.bookedAt,
      }),
    );
    if (outcome !== 'recorded') return false;
    reconciledCredits.inc();
    this.logger.warn({ transactionId: entry.transactionId, bookedAt: entry.bookedAt }, 'credit found on the bank statement that no webhook announced: booked');
    return true;
  }
}
