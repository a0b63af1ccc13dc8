import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ConflictError, NotFoundError } from '../../../shared/errors/index.js';
import { ApprovalActions } from '../../approvals/index.js';
import { ChainTransactionStore } from '../infrastructure/persistence/chain-transaction.store.js';
import { ReplaceStuckTransactionCommand } from './commands/replace-stuck-transaction/replace-stuck-transaction.command.js';

/**
 * An operator's "re-send this stuck transaction at a higher fee" is maker-checker: it spends the
 * operator's gas, so a second person agrees. Only a broadcast, unmined transaction qualifies. A
 * resumed execution after a crash may bump once more: same nonce, so still at most one is mined.
 */
@Injectable()
export class ReplaceStuckTransactionActions implements OnModuleInit {
  constructor(
    private readonly approvals: ApprovalActions,
    private readonly commands: CommandBus,
    private readonly store: ChainTransactionStore,
  ) {}

  onModuleInit(): void {
    this.approvals.register({
      action: 'chain.transaction.replace',
      roles: ['admin', 'treasury'],
      describe: ({ key }) => `Re-send the stuck chain transaction ${key} with the same nonce at a higher fee (+25%, up to the fee ceiling)`,
      check: ({ key }) => this.replaceable(key),
      execute: async ({ key }) => {
        await this.replaceable(key);
        const outcome = await this.commands.execute(new ReplaceStuckTransactionCommand(key));
        if (!outcome.replaced) throw new ConflictError('CHAIN.FEE_CEILING_REACHED', 'The transaction already offers the highest fee allowed (CHAIN_MAX_FEE_PER_GAS_GWEI).');
        return { resultId: outcome.hash };
      },
    });
  }

  private async replaceable(key: string): Promise<void> {
    const record = await this.store.read(key);
    if (!record) throw new NotFoundError('CHAIN.TRANSACTION_NOT_FOUND', 'No platform chain transaction has this key.');
    if (record.status !== 'broadcast' || !record.hash) {
      throw new ConflictError('CHAIN.TRANSACTION_NOT_PENDING', `The transaction is ${record.status}: only a broadcast transaction that is not mined yet can be re-sent.`, { transactionStatus: record.status });
    }
  }
}
