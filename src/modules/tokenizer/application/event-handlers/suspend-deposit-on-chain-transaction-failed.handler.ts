import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionFailed } from '../../../chain/index.js';
import { depositIdOfMintKey } from '../../domain/deposit.js';
import { DepositProcessor } from '../deposits/deposit-processor.js';

@EventsHandler(ChainTransactionFailed)
export class SuspendDepositOnChainTransactionFailed implements IEventHandler<ChainTransactionFailed> {
  constructor(private readonly processor: DepositProcessor) {}

  async handle({ payload }: ChainTransactionFailed): Promise<void> {
    const depositId = depositIdOfMintKey(payload.key);
    if (depositId) await this.processor.refuseMint(depositId, payload.revert?.name ?? payload.reason);
  }
}
