import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConflictError } from '../../../../shared/errors/index.js';
import { ApprovalActions, GetApprovalQuery } from '../../../approvals/index.js';
import { QueryBus } from '@nestjs/cqrs';
import { operationNotFound } from '../../domain/errors/tokenizer.errors.js';
import type { TopUp } from '../../domain/topup.js';
import { TopUpRepository } from '../../infrastructure/persistence/topup.repository.js';
import { noShortfall } from './shortfall-recovery.js';

export const SHORTFALL_WRITE_OFF = 'topup.write-off-shortfall';

/**
 * Treasury writes off a flagged shortfall the customer will not repay: the platform takes the
 * loss. Maker-checker: a `treasury` operator asks with a reason, a different operator (`treasury`
 * or `admin`) approves. Nothing moves on chain (the unbacked tokens were spent already): the
 * approved write-off is recorded on the top-up (once, by its approval id), the customer's shortfall
 * closes by that amount, and `GET /v1/admin/reserves` shows it as `writtenOff` (covered by the
 * platform's own funds) instead of `shortfall` (owed by the customer). The approval's request,
 * decision and execution are the audit trail.
 */
@Injectable()
export class ShortfallWriteOffs implements OnModuleInit {
  constructor(
    private readonly approvals: ApprovalActions,
    private readonly topUps: TopUpRepository,
    private readonly queries: QueryBus,
  ) {}

  onModuleInit(): void {
    this.approvals.register({
      action: SHORTFALL_WRITE_OFF,
      roles: ['treasury', 'admin'],
      requesterRoles: ['treasury'],
      describe: ({ topUpId, amount, customerId }) => `Write off ${amount} cents of the shortfall of top-up ${topUpId} (customer ${customerId}): the platform covers them from its own funds`,
      check: async ({ topUpId, amount }) => void (await this.open(topUpId, BigInt(amount))),
      execute: async ({ topUpId, amount }, approvalId, { requestedBy, decidedBy }) => {
        for (let attempt = 0; attempt < 3; attempt++) {
          const topUp = await this.topUps.get(topUpId);
          if (!topUp) throw operationNotFound();
          if (topUp.shortfallWriteOffs?.some((writeOff) => writeOff.approvalId === approvalId)) return { resultId: topUpId }; // resumed
          await this.open(topUpId, BigInt(amount), topUp);
          const approval = await this.queries.execute(new GetApprovalQuery(approvalId));
          const writeOff = { approvalId, amount: BigInt(amount), reason: approval?.reason ?? '', requestedBy, approvedBy: decidedBy, at: new Date().toISOString() };
          const shortfall = (topUp.shortfall ?? 0n) - writeOff.amount;
          if (await this.topUps.transition(topUp, topUp.status, { shortfall, shortfallWriteOffs: [...(topUp.shortfallWriteOffs ?? []), writeOff] })) return { resultId: topUpId };
        }
        throw new ConflictError('TOPUPS.CHANGED', 'The top-up kept changing; approve again.');
      },
    });
  }

  /** The shortfall still open (not being recovered by a burn) covers `amount`. */
  private async open(topUpId: string, amount: bigint, known?: TopUp): Promise<TopUp> {
    const topUp = known ?? (await this.topUps.get(topUpId));
    if (!topUp) throw operationNotFound();
    const burning = (topUp.shortfallRecoveries ?? []).filter((recovery) => recovery.status === 'burning').reduce((sum, recovery) => sum + recovery.amount, 0n);
    const open = (topUp.shortfall ?? 0n) - burning;
    if (amount > open) throw noShortfall(amount, open);
    return topUp;
  }
}
