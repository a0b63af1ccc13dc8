import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApprovalActions, GetApprovalQuery, RequestApprovalCommand, approvalIdOf } from '../../../approvals/index.js';
import { fourEyes, notAwaitingApproval, withdrawalNotFound } from '../../domain/errors/withdrawal.errors.js';
import type { Withdrawal } from '../../domain/withdrawal.js';
import { SpendingLimits } from '../reservations/spending-limits.js';
import { SpendingRepository } from '../../infrastructure/persistence/spending.repository.js';
import { WithdrawalRepository } from '../../infrastructure/persistence/withdrawal.repository.js';
import { WithdrawalProcessor } from './withdrawal-processor.js';

export const WITHDRAWAL_APPROVAL = 'withdrawal.approve';
export const withdrawalApprovalIdOf = (withdrawalId: string) => approvalIdOf(WITHDRAWAL_APPROVAL, withdrawalId);

/**
 * A withdrawal above the threshold is maker-checker like every other sensitive action: the
 * customer's request is the maker, an admin who is not that customer approves or rejects it in
 * `admin: approvals`. The withdrawal waits in `awaiting_approval` (amount reserved) and follows the
 * approval: executed -> pending (funds are held and paid out), rejected or expired -> rejected
 * (the reservation is released). The approval's id is derived from the withdrawal's, so asking
 * again after a crash finds the same request; the sweeper reconciles the two.
 */
@Injectable()
export class WithdrawalApprovals implements OnModuleInit {
  private readonly logger = new Logger(WithdrawalApprovals.name);

  constructor(
    private readonly approvals: ApprovalActions,
    private readonly withdrawals: WithdrawalRepository,
    private readonly spending: SpendingRepository,
    private readonly limits: SpendingLimits,
    private readonly processor: WithdrawalProcessor,
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  onModuleInit(): void {
    this.approvals.register({
      action: WITHDRAWAL_APPROVAL,
      roles: ['admin'],
      requesterRoles: ['customer'],
      describe: ({ withdrawalId, customerId, amount }) =>
        `Withdrawal ${withdrawalId}: ${amount} cents from customer ${customerId} to their linked IBAN (above the approval threshold)`,
      execute: async ({ withdrawalId }, _approvalId, { decidedBy }) => {
        await this.approve(withdrawalId, decidedBy);
        return { resultId: withdrawalId };
      },
      closed: async ({ withdrawalId }, _approvalId, status) => this.reject(withdrawalId, status),
    });
  }

  /** Asks for the second pair of eyes (idempotent: the request's id is the withdrawal's). */
  async request(withdrawal: Withdrawal): Promise<void> {
    const params = { withdrawalId: withdrawal.id, customerId: withdrawal.customerId, amount: withdrawal.amount.toString() };
    await this.commands.execute(
      new RequestApprovalCommand(WITHDRAWAL_APPROVAL, params, { customerId: withdrawal.requestedBy, roles: ['customer'] }, undefined, withdrawalApprovalIdOf(withdrawal.id)),
    );
  }

  /** A withdrawal still awaiting approval catches up with its request (made if missing, rejected once it is closed). */
  async reconcile(withdrawal: Withdrawal): Promise<void> {
    if (withdrawal.status !== 'awaiting_approval') return;
    const approval = await this.queries.execute(new GetApprovalQuery(withdrawalApprovalIdOf(withdrawal.id)));
    if (!approval) return this.request(withdrawal);
    if (approval.status === 'rejected' || approval.status === 'expired' || approval.status === 'failed') await this.reject(withdrawal.id, approval.status);
    else if (approval.status === 'executed' && approval.decidedBy) await this.approve(withdrawal.id, approval.decidedBy);
  }

  private async approve(id: string, approverId: string): Promise<void> {
    const withdrawal = await this.withdrawals.get(id);
    if (!withdrawal) throw withdrawalNotFound();
    if (withdrawal.requestedBy === approverId) throw fourEyes();
    if (withdrawal.status !== 'awaiting_approval') {
      if (withdrawal.approvedBy === approverId) return; // approved already (a resumed execution)
      throw notAwaitingApproval();
    }
    if (!(await this.withdrawals.transition(withdrawal, 'pending', { approvedBy: approverId }))) throw notAwaitingApproval();
    await this.processor.advance(id).catch((error) => this.logger.warn({ err: error, withdrawalId: id }, 'approved withdrawal waits for the sweeper'));
  }

  private async reject(id: string, status: string): Promise<void> {
    const withdrawal = await this.withdrawals.get(id);
    if (withdrawal?.status !== 'awaiting_approval') return;
    const reason = status === 'expired' ? 'No operator approved it in time.' : 'Rejected by the platform.';
    const rejected = await this.withdrawals.transition(withdrawal, 'rejected', { reason }, [this.spending.release(withdrawal.customerId, withdrawal.amount)]);
    if (rejected) await this.limits.giveBack(withdrawal.customerId, id, 'withdrawal', withdrawal.amount);
  }
}
