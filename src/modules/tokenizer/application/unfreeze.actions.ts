import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { NotFoundError } from '../../../shared/errors/index.js';
import { ApprovalActions } from '../../approvals/index.js';
import { SendChainActionCommand, setAddressFrozen } from '../../chain/index.js';
import { GetWalletQuery } from '../../custody/index.js';

/** Unfreezing a wallet is maker-checker (freezing is not: it must be immediate). */
@Injectable()
export class UnfreezeActions implements OnModuleInit {
  constructor(
    private readonly approvals: ApprovalActions,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  onModuleInit(): void {
    this.approvals.register({
      action: 'customer.unfreeze',
      roles: ['admin', 'compliance'],
      describe: ({ customerId }) => `Unfreeze the wallet of customer ${customerId}: it can send and receive again`,
      check: async ({ customerId }) => void (await this.walletOf(customerId)),
      execute: async ({ customerId }, approvalId) => {
        const wallet = await this.walletOf(customerId);
        const transaction = await this.commands.execute(
          new SendChainActionCommand({ key: `approval:${approvalId}:unfreeze`, action: setAddressFrozen({ account: wallet.address, frozen: false }) }),
        );
        return { resultId: transaction.key };
      },
    });
  }

  private async walletOf(customerId: string) {
    const wallet = await this.queries.execute(new GetWalletQuery(customerId));
    if (!wallet) throw new NotFoundError('CUSTOMERS.NOT_FOUND', 'No customer with a wallet has this id.');
    return wallet;
  }
}
