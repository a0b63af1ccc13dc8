import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ChainTransactionView } from '../../../domain/chain-transaction.js';
import { TransactionManager } from '../../../infrastructure/transactions/transaction-manager.js';
import { MintTokensCommand } from './mint-tokens.command.js';

@CommandHandler(MintTokensCommand)
export class MintTokensHandler implements ICommandHandler<MintTokensCommand> {
  constructor(private readonly transactions: TransactionManager) {}
  execute({ request }: MintTokensCommand): Promise<ChainTransactionView> {
    return this.transactions.submitMint(request);
  }
}
