import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { nameBasedUuid } from '../../../shared/crypto/index.js';
import { ApprovalActions } from '../../approvals/index.js';
import { recoveryInProgress, walletNotFound, walletNotRegistered } from '../domain/custody.errors.js';
import { WalletRepository } from '../infrastructure/persistence/wallet.repository.js';
import { RequestWalletRecoveryCommand } from './commands/request-wallet-recovery/request-wallet-recovery.command.js';

/** The one recovery an approved request starts: derived from the approval, so a resumed execution finds it. */
export const recoveryIdOfApproval = (approvalId: string) => nameBasedUuid(`wallet-recovery:${approvalId}`);

/**
 * Wallet recovery is maker-checker: one operator asks, a different one approves, and only then is
 * the customer moved to a new key and wallet (the token's `recoverWallet` moves the balance and the
 * identity). The recovery itself is the persisted state machine that carries it out.
 */
@Injectable()
export class WalletRecoveryActions implements OnModuleInit {
  constructor(
    private readonly approvals: ApprovalActions,
    private readonly wallets: WalletRepository,
    private readonly commands: CommandBus,
  ) {}

  onModuleInit(): void {
    this.approvals.register({
      action: 'wallet.recover',
      roles: ['admin', 'compliance'],
      describe: ({ customerId }) => `Recover the wallet of customer ${customerId}: a new custodial key and wallet, the balance and the identity moved to it`,
      check: async ({ customerId }) => {
        const wallet = await this.wallets.find(customerId);
        if (!wallet) throw walletNotFound();
        if (wallet.recoveryId) throw recoveryInProgress();
        if (wallet.status !== 'registered' || !wallet.identityAddress) throw walletNotRegistered();
      },
      execute: async ({ customerId }, approvalId, { requestedBy }) => {
        const recovery = await this.commands.execute(new RequestWalletRecoveryCommand(customerId, requestedBy, recoveryIdOfApproval(approvalId)));
        return { resultId: recovery.id };
      },
    });
  }
}
