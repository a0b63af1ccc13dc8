import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { TokenTransferObserved } from '../../../chain/index.js';
import { ChainMovementRecorder } from '../transfers/chain-movement-recorder.js';

@EventsHandler(TokenTransferObserved)
export class RecordChainMovementOnTokenTransferObserved implements IEventHandler<TokenTransferObserved> {
  constructor(private readonly recorder: ChainMovementRecorder) {}

  handle({ payload }: TokenTransferObserved): Promise<void> {
    return this.recorder.record(payload);
  }
}
