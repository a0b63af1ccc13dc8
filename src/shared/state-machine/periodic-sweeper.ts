import { Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { IdleBackoff } from './idle-backoff.js';

/** An open record as a sweeper sees it. */
export interface SweptRecord {
  id: string;
  updatedAt: string;
}

export interface SweepTiming {
  intervalMs: number;
  /**
   * Records touched more recently than this are left to whatever is already driving them (the
   * event or the request that moved them last): under load, sweeping them too would only double
   * the work. Lost events are redelivered by the outbox; the sweep is for what a crash or a wait
   * left behind.
   */
  quietMs: number;
  /** The longest wait between sweeps that find nothing open (the slow safety net); 60 s unless told. */
  idleMaxMs?: number;
  /**
   * Whether this instance sweeps for the fleet now (one instance does: N would read the same rows);
   * always, unless told. Coming on duty sweeps everything once, as after a boot.
   */
  onDuty?: () => boolean;
}

/**
 * Resumes persisted state machines left open by a crash, a lost event or a wait: every
 * `intervalMs` it lists the open records and resumes each that has been quiet for `quietMs`; the
 * first sweep after boot (and one asked for with `everything`) resumes them all. One sweep at a
 * time; a record that cannot be resumed yet is logged and tried again by the next sweep. Sweeps
 * that find nothing open back off (up to `idleMaxMs`) so an idle platform costs almost no calls;
 * `wake()` brings the next sweep forward.
 */
export abstract class PeriodicSweeper<T extends SweptRecord> implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;
  private sweeping = false;
  private afterBoot = true;
  private readonly backoff: IdleBackoff;

  protected constructor(private readonly timing: SweepTiming) {
    this.backoff = new IdleBackoff(timing.intervalMs, timing.idleMaxMs ?? 60_000);
  }

  /** The open records, oldest concerns first. */
  protected abstract listOpen(): Promise<T[]>;

  /** Moves one record on from the state it was persisted in (idempotent). */
  protected abstract resume(record: T): Promise<void>;

  /** A record some worker in this process is handling right now (skipped unless sweeping everything). */
  protected isBusy(_record: T): boolean {
    return false;
  }

  onApplicationBootstrap(): void {
    void this.sweep();
    this.timer = setInterval(() => {
      if (this.backoff.due()) void this.sweep();
    }, this.timing.intervalMs);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Something that may leave a record open happened: sweep again at the base interval. */
  wake(): void {
    this.backoff.wake();
  }

  /** `everything`: when something the open records waited for happened (an identity registered). */
  async sweep(everything = false): Promise<void> {
    if (this.sweeping) return;
    if (!everything && this.timing.onDuty && !this.timing.onDuty()) {
      this.afterBoot = true;
      return;
    }
    this.sweeping = true;
    const all = everything || this.afterBoot;
    try {
      const quietSince = Date.now() - this.timing.quietMs;
      const open = await this.listOpen();
      this.backoff.done(open.length > 0);
      for (const record of open) {
        if (!all && (Date.parse(record.updatedAt) >= quietSince || this.isBusy(record))) continue;
        await this.resume(record).catch((error) => this.logger.warn({ err: error, id: record.id }, 'open record not resumed yet'));
      }
      this.afterBoot = false;
    } catch (error) {
      this.backoff.done(true);
      this.logger.warn({ err: error }, 'sweep failed; the next one tries again');
    } finally {
      this.sweeping = false;
    }
  }
}
