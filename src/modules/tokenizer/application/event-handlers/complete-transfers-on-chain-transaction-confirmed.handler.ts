import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionConfirmed } from '../../../chain/index.js';
import { isBatchKey, isTransferChainKey } from '../../domain/transfer.js';
import { TransferOutcomes } from '../transfers/transfer-outcomes.js';
import { TransferSettler } from '../transfers/transfer-settler.js';

@EventsHandler(ChainTransactionConfirmed)
export class CompleteTransfersOnChainTransactionConfirmed implements IEventHandler<ChainTransactionConfirmed> {
  constructor(
    private readonly outcomes: TransferOutcomes,
    private readonly settler: TransferSettler,
  ) {}

  async handle({ payload }: ChainTransactionConfirmed): Promise<void> {
    if (!isTransferChainKey(payload.key)) return;
    if (isBatchKey(payload.key)) this.settler.settled(payload.key);
    await this.outcomes.confirmed(payload.key, payload.hash);
  }
}
