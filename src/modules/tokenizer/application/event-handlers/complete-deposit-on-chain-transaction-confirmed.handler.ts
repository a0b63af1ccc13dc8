import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionConfirmed } from '../../../chain/index.js';
import { depositIdOfMintKey } from '../../domain/deposit.js';
import { DepositProcessor } from '../deposits/deposit-processor.js';

@EventsHandler(ChainTransactionConfirmed)
export class CompleteDepositOnChainTransactionConfirmed implements IEventHandler<ChainTransactionConfirmed> {
  constructor(private readonly processor: DepositProcessor) {}

  async handle({ payload }: ChainTransactionConfirmed): Promise<void> {
    const depositId = depositIdOfMintKey(payload.key);
    if (depositId) await this.processor.completeMint(depositId, payload.hash);
  }
}
