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
    const to = action.contract === 'identity' ? action.to : this.registry.contracts[action.contract];
    if (!to) throw new Error(`chain action ${action.functionName} names no address`);
    return this.transactions.submit({ key, to, data: action.data, signer: action.signer, ...(action.after ? { after: action.after } : {}), ...(action.batch ? { batch: action.batch } : {}) });
  }
}
