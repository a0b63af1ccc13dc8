import { EventsHandler, IEventHandler } from '@nestjs/cqrs';
import { WalletRecovered, WalletRecoveryRequested } from '../../../custody/index.js';
import { WalletDirectory } from '../transfers/wallet-directory.js';

@EventsHandler(WalletRecoveryRequested, WalletRecovered)
export class ForgetWalletsOnWalletRecovery implements IEventHandler<WalletRecoveryRequested | WalletRecovered> {
  constructor(private readonly directory: WalletDirectory) {}

  handle(): void {
    this.directory.forgetAll();
  }
}
