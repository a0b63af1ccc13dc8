import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { GetChainTransactionQuery } from '../../../chain/index.js';
import type { Transfer } from '../../domain/transfer.js';
import { TransferRepository } from '../../infrastructure/transfer.repository.js';
import { TransferOutcomes } from './transfer-outcomes.js';
import { TransferSettler } from './transfer-settler.js';
import { TransferSigner } from './transfer-signer.js';

const SWEEP_INTERVAL_MS = 5_000;
/** Younger open transfers are still in the hands of the request or the settler that made them. */
const QUIET_MS = 30_000;

/**
 * Resumes transfers a crash (or a lost event) left open: signs the unsigned, queues the signed,
 * and for the submitted asks the chain module what became of their transaction.
 */
@Injectable()
export class OpenTransferSweeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OpenTransferSweeper.name);
  private timer?: NodeJS.Timeout;
  private sweeping = false;
  private afterBoot = true;

  constructor(
    private readonly transfers: TransferRepository,
    private readonly signer: TransferSigner,
    private readonly settler: TransferSettler,
    private readonly outcomes: TransferOutcomes,
    private readonly queries: QueryBus,
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
      for (const transfer of await this.transfers.listOpen()) {
        if (!everything && (transfer.updatedAt > quietSince || this.settler.isBusyWith(transfer.id))) continue;
        await this.resume(transfer).catch((error) => this.logger.warn({ err: error, transferId: transfer.id }, 'transfer not resumed yet'));
      }
      this.afterBoot = false;
    } catch (error) {
      this.logger.warn({ err: error }, 'transfer sweep failed; the next one tries again');
    } finally {
      this.sweeping = false;
    }
  }

  private async resume(transfer: Transfer): Promise<void> {
    if (transfer.status === 'pending') {
      if ((transfer.validBefore ?? 0) <= Date.now() / 1000) return this.outcomes.expire(transfer);
      await this.signer.signAndQueue(transfer);
      return;
    }
    const chainKey = transfer.chainKey as string;
    const transaction = await this.queries.execute(new GetChainTransactionQuery(chainKey));
    // Marked submitted, but the process died before the transaction was handed to the chain module.
    if (!transaction) return this.outcomes.sendAlone(transfer);
    if (transaction.status === 'confirmed') return this.outcomes.confirmed(chainKey, transaction.hash as string);
    if (transaction.status === 'failed') return this.outcomes.failed(chainKey, transaction.revert);
  }
}
