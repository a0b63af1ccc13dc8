import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { ChainTransactionStore } from '../../../infrastructure/persistence/chain-transaction.store.js';
import { StuckTransactionReplacer } from '../../../infrastructure/transactions/stuck-transaction-replacer.js';
import { ReplaceStuckTransactionCommand, StuckTransactionReplacement } from './replace-stuck-transaction.command.js';

@CommandHandler(ReplaceStuckTransactionCommand)
export class ReplaceStuckTransactionHandler implements ICommandHandler<ReplaceStuckTransactionCommand> {
  constructor(
    private readonly store: ChainTransactionStore,
    private readonly replacer: StuckTransactionReplacer,
  ) {}

  async execute({ key }: ReplaceStuckTransactionCommand): Promise<StuckTransactionReplacement> {
    const record = await this.store.read(key);
    if (!record || record.status !== 'broadcast' || !record.hash) return { key, replaced: false };
    // The receipt follower picks the new hash up from the record on its next poll.
    const hash = await this.replacer.replace(record);
    return hash ? { key, replaced: true, hash } : { key, replaced: false };
  }
}
