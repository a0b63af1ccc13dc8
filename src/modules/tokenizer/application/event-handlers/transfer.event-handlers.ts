import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { ChainTransactionConfirmed, ChainTransactionFailed, TokenTransferObserved } from '../../../chain/index.js';
import { WalletRecovered, WalletRecoveryRequested } from '../../../custody/index.js';
import { isBatchKey, isTransferChainKey } from '../../domain/transfer.js';
import { ChainMovementRecorder } from '../transfers/chain-movement-recorder.js';
import { TransferOutcomes } from '../transfers/transfer-outcomes.js';
import { TransferSettler } from '../transfers/transfer-settler.js';
import { WalletDirectory } from '../transfers/wallet-directory.js';

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

@EventsHandler(TokenTransferObserved)
export class RecordChainMovementOnTokenTransferObserved implements IEventHandler<TokenTransferObserved> {
  constructor(private readonly recorder: ChainMovementRecorder) {}

  handle({ payload }: TokenTransferObserved): Promise<void> {
    return this.recorder.record(payload);
  }
}

@EventsHandler(WalletRecoveryRequested, WalletRecovered)
export class ForgetWalletsOnWalletRecovery implements IEventHandler<WalletRecoveryRequested | WalletRecovered> {
  constructor(private readonly directory: WalletDirectory) {}

  handle(): void {
    this.directory.forgetAll();
  }
}
