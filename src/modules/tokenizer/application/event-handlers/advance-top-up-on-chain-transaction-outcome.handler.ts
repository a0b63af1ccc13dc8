import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionConfirmed, ChainTransactionFailed } from '../../../chain/index.js';
import { topUpIdOfChainKey } from '../../domain/topup.js';
import { TopUpProcessor } from '../topups/topup-processor.js';

@EventsHandler(ChainTransactionConfirmed, ChainTransactionFailed)
export class AdvanceTopUpOnChainTransactionOutcome implements IEventHandler<ChainTransactionConfirmed | ChainTransactionFailed> {
  constructor(private readonly processor: TopUpProcessor) {}
  async handle({ payload }: ChainTransactionConfirmed | ChainTransactionFailed): Promise<void> {
    const topUpId = topUpIdOfChainKey(payload.key);
    if (topUpId) await this.processor.advance(topUpId);
  }
}
