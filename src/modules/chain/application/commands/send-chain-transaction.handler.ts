import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ChainTransactionView } from '../../domain/chain-transaction.js';
import { TransactionManager } from '../../transactions/transaction-manager.js';
import { SendChainTransactionCommand } from './send-chain-transaction.command.js';

@CommandHandler(SendChainTransactionCommand)
export class SendChainTransactionHandler implements ICommandHandler<SendChainTransactionCommand> {
  constructor(private readonly transactions: TransactionManager) {}
  execute({ request }: SendChainTransactionCommand): Promise<ChainTransactionView> {
    return this.transactions.submit(request);
  }
}
