import { randomUUID } from 'node:crypto';
import { Inject, Logger } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { CommandHandler, ICommandHandler, IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import type { Actor } from '../../../shared/auth/index.js';
import { UnitOfWork, isDataConflict } from '../../data/index.js';
import { approvalsConfig } from '../approvals.config.js';
import { type Approval, effectiveStatus } from '../domain/approval.js';
import { approvalNotFound, approverRoleMissing, notPending, requesterCannotApprove, selfDealing } from '../domain/approval.errors.js';
import { ApprovalApproved, ApprovalRejected, ApprovalRequested } from '../domain/events/approval.events.js';
import { ApprovalRepository } from '../infrastructure/persistence/approval.repository.js';
import { ApprovalActions } from './approval-actions.js';
import { ApprovalExecutor } from './approval-executor.js';
import { ApproveRequestCommand, GetApprovalQuery, ListApprovalsQuery, RejectRequestCommand, RequestApprovalCommand } from './approval-commands.js';

@CommandHandler(RequestApprovalCommand)
export class RequestApprovalHandler implements ICommandHandler<RequestApprovalCommand, Approval> {
  constructor(
    private readonly approvals: ApprovalRepository,
    private readonly actions: ApprovalActions,
    private readonly executor: ApprovalExecutor,
    private readonly unitOfWork: UnitOfWork,
    @Inject(approvalsConfig.KEY) private readonly config: ConfigType<typeof approvalsConfig>,
  ) {}

  async execute({ action, params, requester, reason, approvalId }: RequestApprovalCommand): Promise<Approval> {
    const definition = this.actions.get(action);
    mayDecide(definition.requesterRoles ?? definition.roles, requester);
    // A request the customer makes about their own operation (a withdrawal above the threshold) is
    // the point of a `customer` requester role; an operator's request is refused when it concerns themselves.
    if (!definition.requesterRoles?.includes('customer')) refuseSelfDealing(params, requester);
    const asked = approvalId ? await this.approvals.find(approvalId) : undefined;
    if (asked) return { ...asked, status: effectiveStatus(asked, new Date()) };
    await definition.check?.(params);
    const now = new Date();
    const oneStep = this.config.MAKER_CHECKER_DISABLED_ACTIONS.includes(action) || ((await definition.singleStep?.(params, requester)) ?? false);
    const approval: Approval = {
      id: approvalId ?? randomUUID(),
      action,
      params,
      status: oneStep ? 'approved' : 'pending',
      requestedBy: requester.customerId,
      requesterRoles: requester.roles,
      ...(reason ? { reason } : {}),
      createdAt: now.toISOString(),
      expiresAt: new Date(now.getTime() + this.config.APPROVAL_TTL_SECONDS * 1000).toISOString(),
      ...(oneStep ? { decidedBy: requester.customerId, decidedAt: now.toISOString(), decisionReason: 'single step: maker-checker off for this action, or no second operator exists yet' } : {}),
    };
    const event = { approvalId: approval.id, action, params };
    try {
      await this.unitOfWork.commit(
        [this.approvals.create(approval)],
        [
          new ApprovalRequested(approval.id, { ...event, requestedBy: approval.requestedBy, expiresAt: approval.expiresAt, ...(reason ? { reason } : {}) }),
          ...(oneStep ? [new ApprovalApproved(approval.id, { ...event, requestedBy: approval.requestedBy, approvedBy: approval.requestedBy })] : []),
        ],
      );
    } catch (error) {
      // The same deterministic request, made concurrently: the first one stands.
      const first = approvalId && isDataConflict(error) ? await this.approvals.find(approvalId) : undefined;
      if (first) return first;
      throw error;
    }
    return oneStep ? this.executor.execute(approval) : approval;
  }
}

@CommandHandler(ApproveRequestCommand)
export class ApproveRequestHandler implements ICommandHandler<ApproveRequestCommand, Approval> {
  constructor(
    private readonly approvals: ApprovalRepository,
    private readonly actions: ApprovalActions,
    private readonly executor: ApprovalExecutor,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async execute({ approvalId, approver, reason }: ApproveRequestCommand): Promise<Approval> {
    const approval = await pendingApproval(this.approvals, this.unitOfWork, this.actions, approvalId);
    mayDecide(this.actions.get(approval.action).roles, approver);
    if (approval.requestedBy === approver.customerId) throw requesterCannotApprove();
    refuseSelfDealing(approval.params, approver);
    const changes = { status: 'approved' as const, decidedBy: approver.customerId, decidedAt: new Date().toISOString(), ...(reason ? { decisionReason: reason } : {}) };
    try {
      await this.unitOfWork.commit(
        [this.approvals.transition(approvalId, 'pending', changes)],
        [new ApprovalApproved(approvalId, { approvalId, action: approval.action, params: approval.params, requestedBy: approval.requestedBy, approvedBy: approver.customerId })],
      );
    } catch (error) {
      if (isDataConflict(error)) throw notPending((await this.approvals.find(approvalId))?.status ?? 'gone');
      throw error;
    }
    return this.executor.execute({ ...approval, ...changes });
  }
}

@CommandHandler(RejectRequestCommand)
export class RejectRequestHandler implements ICommandHandler<RejectRequestCommand, Approval> {
  constructor(
    private readonly approvals: ApprovalRepository,
    private readonly actions: ApprovalActions,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  /** The requester may withdraw their own request; anyone else with the action's roles may reject it. */
  async execute({ approvalId, rejecter, reason }: RejectRequestCommand): Promise<Approval> {
    const approval = await pendingApproval(this.approvals, this.unitOfWork, this.actions, approvalId);
    mayDecide(this.actions.get(approval.action).roles, rejecter);
    const changes = { status: 'rejected' as const, decidedBy: rejecter.customerId, decidedAt: new Date().toISOString(), ...(reason ? { decisionReason: reason } : {}) };
    try {
      await this.unitOfWork.commit(
        [this.approvals.transition(approvalId, 'pending', changes)],
        [new ApprovalRejected(approvalId, { approvalId, action: approval.action, params: approval.params, requestedBy: approval.requestedBy, rejectedBy: rejecter.customerId, ...(reason ? { reason } : {}) })],
      );
    } catch (error) {
      if (isDataConflict(error)) throw notPending((await this.approvals.find(approvalId))?.status ?? 'gone');
      throw error;
    }
    await closed(this.actions, approval, 'rejected');
    return { ...approval, ...changes };
  }
}

@QueryHandler(ListApprovalsQuery)
export class ListApprovalsHandler implements IQueryHandler<ListApprovalsQuery, Approval[]> {
  constructor(private readonly approvals: ApprovalRepository) {}

  async execute({ status, limit }: ListApprovalsQuery): Promise<Approval[]> {
    const now = new Date();
    // Expired requests are still stored as pending until someone touches them.
    const stored = await this.approvals.byStatus(status === 'expired' ? 'pending' : status, status === 'pending' || status === 'expired' ? 500 : limit);
    return stored
      .map((approval) => ({ ...approval, status: effectiveStatus(approval, now) }))
      .filter((approval) => approval.status === status)
      .slice(0, limit);
  }
}

@QueryHandler(GetApprovalQuery)
export class GetApprovalHandler implements IQueryHandler<GetApprovalQuery, Approval | undefined> {
  constructor(private readonly approvals: ApprovalRepository) {}

  async execute({ approvalId }: GetApprovalQuery): Promise<Approval | undefined> {
    const approval = await this.approvals.find(approvalId);
    return approval && { ...approval, status: effectiveStatus(approval, new Date()) };
  }
}

/**
 * No self-dealing: an operator never acts on their own customer account. One e-mail is one
 * account (registration claims the e-mail's blind index), so an operator who is also a customer
 * is that same account id: `params.customerId` equal to the operator's id is their own account.
 */
function refuseSelfDealing(params: Record<string, string>, operator: Actor): void {
  if (params.customerId !== undefined && params.customerId === operator.customerId) throw selfDealing();
}

function mayDecide(roles: string[], user: Actor): void {
  if (!roles.some((role) => user.roles.includes(role as never))) throw approverRoleMissing();
}

/** The request, if it is still pending; an expired one is recorded as expired and refused. */
async function pendingApproval(approvals: ApprovalRepository, unitOfWork: UnitOfWork, actions: ApprovalActions, approvalId: string): Promise<Approval> {
  const approval = await approvals.find(approvalId);
  if (!approval) throw approvalNotFound();
  const status = effectiveStatus(approval, new Date());
  if (status === 'expired' && approval.status === 'pending') {
    await unitOfWork.commit([approvals.transition(approvalId, 'pending', { status: 'expired' })]).catch(() => undefined);
    await closed(actions, approval, 'expired');
  }
  if (status !== 'pending') throw notPending(status);
  return approval;
}

/** Tells the owning module a request will never take effect; a failure here is repaired by the owner's sweeper. */
async function closed(actions: ApprovalActions, approval: Approval, status: 'rejected' | 'expired'): Promise<void> {
  try {
    await actions.get(approval.action).closed?.(approval.params, approval.id, status);
  } catch (error) {
    new Logger('Approvals').warn({ err: error, approvalId: approval.id }, 'the owner of a closed request was not told; its sweeper will see it');
  }
}
