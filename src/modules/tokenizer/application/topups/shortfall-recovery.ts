import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { Address } from 'viem';
import { ConflictError } from '../../../../shared/errors/index.js';
import { ApprovalActions } from '../../../approvals/index.js';
import { SendChainActionCommand, burn } from '../../../chain/index.js';
import { correctionExceedsBalance, operationNotFound } from '../../domain/errors/tokenizer.errors.js';
import { type ShortfallRecovery as Recovery, type TopUp, shortfallRecoveryKeyOf } from '../../domain/topup.js';
import { TopUpRepository } from '../../infrastructure/persistence/topup.repository.js';
import { TokenReader } from '../token-reader.js';

export const noShortfall = (amount: bigint, shortfall: bigint) =>
  new ConflictError('TOPUPS.NO_SHORTFALL', `The top-up's flagged shortfall is ${shortfall} cents; ${amount} cannot be recovered from it.`);

/**
 * A reversal the customer's balance could not cover leaves a flagged shortfall (unbacked tokens,
 * the wallet frozen). Once the customer's later credits are there (after an approved unfreeze),
 * an operator recovers it, maker-checker: the approved recovery is recorded on the top-up
 * (`burning`) before its burn is sent, keyed by the approval; the burn's confirmation shrinks the
 * shortfall (`recovered`), once, and the reserves reconcile again.
 */
@Injectable()
export class ShortfallRecovery implements OnModuleInit {
  private readonly logger = new Logger(ShortfallRecovery.name);

  constructor(
    private readonly approvals: ApprovalActions,
    private readonly topUps: TopUpRepository,
    private readonly tokens: TokenReader,
    private readonly commands: CommandBus,
  ) {}

  onModuleInit(): void {
    this.approvals.register({
      action: 'topup.recover-shortfall',
      roles: ['admin', 'treasury'],
      describe: ({ topUpId, amount, customerId }) => `Recover ${amount} cents of the shortfall of top-up ${topUpId}: burn them from the balance of customer ${customerId}`,
      check: async ({ topUpId, amount }) => void (await this.recoverable(topUpId, BigInt(amount))),
      execute: async ({ topUpId, amount }, approvalId) => {
        let topUp = await this.recoverable(topUpId, BigInt(amount), approvalId);
        if (!topUp.shortfallRecoveries?.some((recovery) => recovery.approvalId === approvalId)) {
          const recoveries = [...(topUp.shortfallRecoveries ?? []), { approvalId, amount: BigInt(amount), status: 'burning' as const }];
          if (!(await this.topUps.transition(topUp, topUp.status, { shortfallRecoveries: recoveries }))) throw new ConflictError('TOPUPS.CHANGED', 'The top-up changed meanwhile; approve again.');
          topUp = (await this.topUps.get(topUpId)) as TopUp;
        }
        const key = shortfallRecoveryKeyOf(topUpId, approvalId);
        await this.commands.execute(new SendChainActionCommand({ key, action: burn({ from: topUp.walletAddress as Address, amount: BigInt(amount) }) }));
        return { resultId: key };
      },
    });
  }

  /** The recovery's burn confirmed (shrink the shortfall) or failed (the recovery fails; another may be asked for). Idempotent. */
  async settle(topUpId: string, approvalId: string, confirmed: boolean): Promise<void> {
    for (let attempt = 0; attempt < 3; attempt++) {
      const topUp = await this.topUps.get(topUpId);
      const recovery = topUp?.shortfallRecoveries?.find((candidate) => candidate.approvalId === approvalId);
      if (!topUp || recovery?.status !== 'burning') return;
      const status: Recovery['status'] = confirmed ? 'recovered' : 'failed';
      const recoveries = (topUp.shortfallRecoveries ?? []).map((candidate) => (candidate.approvalId === approvalId ? { ...candidate, status } : candidate));
      const shortfall = confirmed ? (topUp.shortfall ?? 0n) - recovery.amount : topUp.shortfall;
      if (await this.topUps.transition(topUp, topUp.status, { shortfallRecoveries: recoveries, ...(shortfall !== undefined ? { shortfall } : {}) })) return;
    }
    this.logger.warn({ topUpId, approvalId }, 'shortfall recovery not settled yet: the top-up kept changing');
  }

  private async recoverable(topUpId: string, amount: bigint, approvalId?: string): Promise<TopUp> {
    const topUp = await this.topUps.get(topUpId);
    if (!topUp) throw operationNotFound();
    if (approvalId && topUp.shortfallRecoveries?.some((recovery) => recovery.approvalId === approvalId)) return topUp; // resumed
    const shortfall = topUp.shortfall ?? 0n;
    const burning = (topUp.shortfallRecoveries ?? []).filter((recovery) => recovery.status === 'burning').reduce((sum, recovery) => sum + recovery.amount, 0n);
    if (amount > shortfall - burning) throw noShortfall(amount, shortfall - burning);
    const { spendable } = await this.tokens.balances(topUp.walletAddress as Address);
    if (spendable < amount) throw correctionExceedsBalance();
    return topUp;
  }
}
