import { Command } from '@nestjs/cqrs';
import type { ChainAction } from '../../../domain/actions/chain-action.js';
import type { ChainTransactionView } from '../../../domain/chain-transaction.js';

/**
 * Sends one action on a platform contract (built by the chain module's actions: `burn`,
 * `holdWithAuthorization`, `onboard`, ...) from the platform account of the action's role
 * (domain/signer-roles.ts), after `action.after` is mined when it names one. `key` makes it
 * idempotent: sending the same key again returns the first transaction. The outcome arrives as
 * ChainTransactionConfirmed or ChainTransactionFailed with the same key.
 */
export class SendChainActionCommand extends Command<ChainTransactionView> {
  constructor(readonly request: { key: string; action: ChainAction }) {
    super();
  }
}
