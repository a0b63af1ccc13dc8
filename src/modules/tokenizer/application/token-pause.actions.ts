import { Injectable, OnModuleInit } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { encodeFunctionData } from 'viem';
import { ApprovalActions } from '../../approvals/index.js';
import { GetPlatformContractsQuery, SendChainTransactionCommand, euroTokenAbi } from '../../chain/index.js';

/**
 * Pausing and unpausing the token are maker-checker actions: the chain transaction is sent when a
 * second admin approves, keyed by the approval so a resumed execution sends it once.
 */
@Injectable()
export class TokenPauseActions implements OnModuleInit {
  constructor(
    private readonly approvals: ApprovalActions,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  onModuleInit(): void {
    for (const paused of [true, false]) {
      this.approvals.register({
        action: paused ? 'token.pause' : 'token.unpause',
        roles: ['admin'],
        describe: () => (paused ? 'Pause the EURT token: no transfer, mint or burn until it is unpaused' : 'Unpause the EURT token: payments resume'),
        execute: async (_params, approvalId) => {
          const { token } = await this.queries.execute(new GetPlatformContractsQuery());
          const transaction = await this.commands.execute(
            new SendChainTransactionCommand({
              key: `approval:${approvalId}:${paused ? 'pause' : 'unpause'}`,
              to: token,
              data: encodeFunctionData({ abi: euroTokenAbi, functionName: paused ? 'pause' : 'unpause', args: [] }),
            }),
          );
          return { resultId: transaction.key };
        },
      });
    }
  }
}
