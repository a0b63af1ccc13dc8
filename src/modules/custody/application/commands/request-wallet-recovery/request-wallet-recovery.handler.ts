import { randomUUID } from 'node:crypto';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { isDataConflict } from '../../../../data/index.js';
import { recoveryInProgress, walletNotFound, walletNotRegistered } from '../../../domain/custody.errors.js';
import { WalletRecoveryRequested } from '../../../domain/events/wallet.events.js';
import type { WalletRecoveryView } from '../../../domain/wallet-recovery.js';
import { WalletRecoveryRepository } from '../../../infrastructure/persistence/wallet-recovery.repository.js';
import { WalletRepository } from '../../../infrastructure/persistence/wallet.repository.js';
import { WalletRecoveryProcessor } from '../../processors/wallet-recovery.processor.js';
import { RequestWalletRecoveryCommand } from './request-wallet-recovery.command.js';

@CommandHandler(RequestWalletRecoveryCommand)
export class RequestWalletRecoveryHandler implements ICommandHandler<RequestWalletRecoveryCommand> {
  constructor(
    private readonly wallets: WalletRepository,
    private readonly recoveries: WalletRecoveryRepository,
    private readonly processor: WalletRecoveryProcessor,
  ) {}

  async execute({ customerId, requestedBy, recoveryId }: RequestWalletRecoveryCommand): Promise<WalletRecoveryView> {
    const started = recoveryId ? await this.recoveries.get(recoveryId) : undefined;
    if (started) return started;
    const wallet = await this.wallets.find(customerId);
    if (!wallet) throw walletNotFound();
    if (wallet.recoveryId) throw recoveryInProgress();
    if (wallet.status !== 'registered' || !wallet.identityAddress) throw walletNotRegistered();

    const id = recoveryId ?? randomUUID();
    const newPrivateKey = generatePrivateKey();
    const newAddress = privateKeyToAccount(newPrivateKey).address;
    const recovery = { id, customerId, lostAddress: wallet.address, newAddress, requestedBy };
    try {
      await this.recoveries.open({ ...recovery, newPrivateKey, identityAddress: wallet.identityAddress }, [
        new WalletRecoveryRequested(customerId, { recoveryId: id, customerId, lostAddress: wallet.address, newAddress, requestedBy }),
      ]);
    } catch (error) {
      if (isDataConflict(error)) {
        const same = recoveryId ? await this.recoveries.get(recoveryId) : undefined;
        if (same) return same; // the same approved request, executed concurrently
        throw recoveryInProgress(); // another recovery locked the wallet first
      }
      throw error;
    }
    await this.processor.advance(id);
    return (await this.recoveries.get(id)) as WalletRecoveryView;
  }
}
