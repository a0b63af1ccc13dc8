import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import type { ChainTransactionView } from '../../../domain/chain-transaction.js';
import { ContractRegistry } from '../../../infrastructure/deployment/contract-registry.js';
import { TransactionManager } from '../../../infrastructure/transactions/transaction-manager.js';
import { SendChainActionCommand } from './send-chain-action.command.js';

@CommandHandler(SendChainActionCommand)
export class SendChainActionHandler implements ICommandHandler<SendChainActionCommand> {
  constructor(
    private readonly transactions: TransactionManager,
    private readonly registry: ContractRegistry,
  ) {}

  execute({ request: { key, action } }: SendChainActionCommand): Promise<ChainTransactionView> {
    return this.transactions.submit({ key, to: this.registry.contracts[action.contract], data: action.data });
  }
}
