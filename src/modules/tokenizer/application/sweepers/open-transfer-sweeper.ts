import { Injectable } from '@nestjs/common';
import { FleetLeases } from '../../../data/index.js';
import { QueryBus } from '@nestjs/cqrs';
import { PeriodicSweeper } from '../../../../shared/state-machine/index.js';
import { GetChainTransactionQuery } from '../../../chain/index.js';
import type { Transfer } from '../../domain/transfer.js';
import { TransferRepository } from '../../infrastructure/persistence/transfer.repository.js';
import { TransferOutcomes } from '../transfers/transfer-outcomes.js';
import { TransferSettler } from '../transfers/transfer-settler.js';
import { TransferSigner } from '../transfers/transfer-signer.js';

/**
 * Resumes transfers a crash (or a lost event) left open: signs the unsigned, queues the signed,
 * and for the submitted asks the chain module what became of their transaction. Younger open
 * transfers are still in the hands of the request or the settler that made them.
 */
@Injectable()
export class OpenTransferSweeper extends PeriodicSweeper<Transfer> {
  constructor(
    leases: FleetLeases,
    private readonly transfers: TransferRepository,
    private readonly signer: TransferSigner,
    private readonly settler: TransferSettler,
    private readonly outcomes: TransferOutcomes,
    private readonly queries: QueryBus,
  ) {
    super({ intervalMs: 5_000, quietMs: 30_000, onDuty: () => leases.onDuty });
  }

  protected listOpen(): Promise<Transfer[]> {
    return this.transfers.listOpen();
  }

  protected isBusy(transfer: Transfer): boolean {
    return this.settler.isBusyWith(transfer.id);
  }

  protected async resume(transfer: Transfer): Promise<void> {
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
