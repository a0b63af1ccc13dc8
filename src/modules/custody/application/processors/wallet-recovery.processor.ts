import { Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SendChainActionCommand, addIdentityKey, recoverWallet } from '../../../chain/index.js';
import { isDataConflict } from '../../../data/index.js';
import { WalletRecovered, WalletRecoveryFailed } from '../../domain/events/wallet.events.js';
import { recoveryKeyOf, recoveryKeyGrantKeyOf } from '../../domain/wallet-recovery.js';
import { WalletRecoveryRepository } from '../../infrastructure/persistence/wallet-recovery.repository.js';

/**
 * Drives a wallet recovery: persists `submitted` before sending `token.recoverWallet`, which is
 * keyed by the recovery, so re-driving after a crash never sends it twice. The outcome arrives as
 * a chain event; completing switches the customer's wallet to the new key in one transaction.
 */
@Injectable()
export class WalletRecoveryProcessor {
  private readonly logger = new Logger(WalletRecoveryProcessor.name);

  constructor(
    private readonly recoveries: WalletRecoveryRepository,
    private readonly commands: CommandBus,
  ) {}

  async advance(id: string): Promise<void> {
    let recovery = await this.recoveries.get(id);
    if (!recovery) return;
    if (recovery.status === 'requested') {
      await this.ignoringConflict(() => this.recoveries.markSubmitted(id));
      recovery = { ...recovery, status: 'submitted' };
    }
    if (recovery.status !== 'submitted') return;
    // The token recovers only to a management key of the identity: add the new wallet first (the
    // registrar's); the recovery (compliance's) is signed once it is mined (keyed: a re-drive sends each once).
    await this.commands.execute(
      new SendChainActionCommand({
        key: recoveryKeyGrantKeyOf(id),
        action: addIdentityKey({ identity: recovery.identityAddress, wallet: recovery.newAddress }),
      }),
    );
    const transaction = await this.commands.execute(
      new SendChainActionCommand({
        key: recoveryKeyOf(id),
        action: { ...recoverWallet({ lostWallet: recovery.lostAddress, newWallet: recovery.newAddress, identity: recovery.identityAddress }), after: recoveryKeyGrantKeyOf(id) },
      }),
    );
    // Resumed after the outcome was already known (its event may have been handled before the crash).
    if (transaction.status === 'confirmed') await this.complete(id);
    if (transaction.status === 'failed') await this.fail(id, transaction.revert?.name ?? transaction.error ?? 'reverted');
  }

  async complete(id: string): Promise<void> {
    const recovery = await this.recoveries.get(id);
    if (recovery?.status !== 'submitted') return;
    const payload = { recoveryId: id, customerId: recovery.customerId, lostAddress: recovery.lostAddress, newAddress: recovery.newAddress };
    await this.ignoringConflict(() => this.recoveries.complete(id, [new WalletRecovered(recovery.customerId, payload)]));
  }

  async fail(id: string, reason: string): Promise<void> {
    const recovery = await this.recoveries.get(id);
    if (recovery?.status !== 'submitted' && recovery?.status !== 'requested') return;
    this.logger.warn({ recoveryId: id, customerId: recovery.customerId, reason }, 'wallet recovery failed; the customer keeps the old wallet');
    const payload = { recoveryId: id, customerId: recovery.customerId, lostAddress: recovery.lostAddress, newAddress: recovery.newAddress, reason };
    await this.ignoringConflict(() => this.recoveries.fail(id, recovery.status, reason, [new WalletRecoveryFailed(recovery.customerId, payload)]));
  }

  async resumeAll(): Promise<void> {
    for (const recovery of await this.recoveries.listOpen()) await this.advance(recovery.id);
  }

  /** A concurrent delivery moved the recovery first: that is the outcome we wanted. */
  private async ignoringConflict(write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      if (!isDataConflict(error)) throw error;
    }
  }
}
