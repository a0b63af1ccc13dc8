import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApprovalActions } from '../../approvals/index.js';
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
    for (const paused of [true, false]) {
      this.approvals.register({
        action: paused ? 'token.pause' : 'token.unpause',
        roles: ['admin'],
        describe: () => (paused ? 'Pause the EURT token: no transfer, mint or burn until it is unpaused' : 'Unpause the EURT token: payments resume'),
        execute: async (_params, approvalId) => {
          const transaction = await this.commands.execute(
            new SendChainActionCommand({ key: `approval:${approvalId}:${paused ? 'pause' : 'unpause'}`, action: paused ? pause() : unpause() }),
          );
          return { resultId: transaction.key };
        },
      });
    }
  }
}
