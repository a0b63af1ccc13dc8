import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type ApprovableAction, ApprovalActions } from '../../approvals/index.js';
import { SendChainActionCommand, pause, unpause } from '../../chain/index.js';

/**
 * Pausing and unpausing the token are maker-checker actions: the chain transaction is sent when a
 * second admin approves, keyed by the approval so a resumed execution sends it once.
 */
@Injectable()
export class TokenPauseActions implements OnModuleInit {
  constructor(
    private readonly approvals: ApprovalActions,
    private readonly commands: CommandBus,
  ) {}

  onModuleInit(): void {
    this.approvals.register(this.switchTo(true, 'Pause the EURT token: no transfer, mint or burn until it is unpaused'));
    this.approvals.register(this.switchTo(false, 'Unpause the EURT token: payments resume'));
  }

  private switchTo(paused: boolean, description: string): ApprovableAction {
    const name = paused ? 'pause' : 'unpause';
    return {
      action: `token.${name}`,
      roles: ['admin'],
      describe: () => description,
      execute: async (_params, approvalId) => {
        const action = paused ? pause() : unpause();
        const transaction = await this.commands.execute(new SendChainActionCommand({ key: `approval:${approvalId}:${name}`, action }));
        return { resultId: transaction.key };
      },
    };
  }
}
