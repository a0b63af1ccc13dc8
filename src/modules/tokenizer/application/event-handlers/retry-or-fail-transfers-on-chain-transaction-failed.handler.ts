import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionFailed } from '../../../chain/index.js';
import { isBatchKey, isTransferChainKey } from '../../domain/transfer.js';
import { TransferOutcomes } from '../transfers/transfer-outcomes.js';
import { TransferSettler } from '../transfers/transfer-settler.js';

@EventsHandler(ChainTransactionFailed)
export class RetryOrFailTransfersOnChainTransactionFailed implements IEventHandler<ChainTransactionFailed> {
  constructor(
    private readonly outcomes: TransferOutcomes,
    private readonly settler: TransferSettler,
  ) {}

  async handle({ payload }: ChainTransactionFailed): Promise<void> {
    if (!isTransferChainKey(payload.key)) return;
    if (isBatchKey(payload.key)) this.settler.settled(payload.key);
    await this.outcomes.failed(payload.key, payload.revert);
  }
}
