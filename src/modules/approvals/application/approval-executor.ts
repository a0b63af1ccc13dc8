import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DomainError } from '../../../shared/errors/index.js';
import { IdleBackoff } from '../../../shared/state-machine/index.js';
import { FleetLeases, UnitOfWork, isDataConflict } from '../../data/index.js';
import type { Approval } from '../domain/approval.js';
import { ApprovalExecuted, ApprovalExecutionFailed } from '../domain/events/approval.events.js';
import { ApprovalRepository } from '../infrastructure/persistence/approval.repository.js';
import { ApprovalActions } from './approval-actions.js';

const RESUME_INTERVAL_MS = 10_000;
/** An approval left `approved` this long was interrupted (a crash between the decision and the effect). */
const STALE_MS = 30_000;
/** Resumption rounds that find nothing approved back off up to this long; an execution makes the next one due. */
const RESUME_IDLE_MAX_MS = 60_000;

/** Carries an approved request out, once; resumes requests a crash left approved but not executed. */
@Injectable()
export class ApprovalExecutor implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ApprovalExecutor.name);
  private timer?: NodeJS.Timeout;
  private readonly backoff = new IdleBackoff(RESUME_INTERVAL_MS, RESUME_IDLE_MAX_MS);

  constructor(
    private readonly approvals: ApprovalRepository,
    private readonly actions: ApprovalActions,
    private readonly unitOfWork: UnitOfWork,
    private readonly leases: FleetLeases,
  ) {}

  onApplicationBootstrap(): void {
    // The instance on duty for the fleet resumes interrupted approvals; N would read the same rows.
    this.timer = setInterval(() => this.leases.onDuty && this.backoff.due() && void this.resume(), RESUME_INTERVAL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async execute(approval: Approval): Promise<Approval> {
    // An approved request is open until it executes: the safety net keeps looking at its pace meanwhile.
    this.backoff.wake();
    const event = { approvalId: approval.id, action: approval.action, params: approval.params };
    try {
      const outcome = await this.actions.get(approval.action).execute(approval.params, approval.id, { requestedBy: approval.requestedBy, decidedBy: approval.decidedBy ?? approval.requestedBy });
      const changes = { status: 'executed' as const, ...(outcome.resultId ? { resultId: outcome.resultId } : {}) };
      await this.unitOfWork.commit([this.approvals.transition(approval.id, 'approved', changes)], [new ApprovalExecuted(approval.id, { ...event, ...(outcome.resultId ? { resultId: outcome.resultId } : {}) })]);
      return { ...approval, ...changes };
    } catch (error) {
      if (isDataConflict(error)) return (await this.approvals.find(approval.id)) ?? approval;
      // A refusal by the owning module (the state moved on since the request) is final; anything else is retried.
      if (!(error instanceof DomainError) || error.status >= 500) throw error;
      const changes = { status: 'failed' as const, failureCode: error.code };
      await this.unitOfWork.commit([this.approvals.transition(approval.id, 'approved', changes)], [new ApprovalExecutionFailed(approval.id, { ...event, failureCode: error.code })]);
      return { ...approval, ...changes };
    }
  }

  private async resume(): Promise<void> {
    try {
      const approved = await this.approvals.byStatus('approved', 50);
      for (const approval of approved) {
        if (Date.now() - Date.parse(approval.decidedAt ?? approval.createdAt) > STALE_MS) await this.execute(approval);
      }
      this.backoff.done(approved.length > 0);
    } catch (error) {
      this.backoff.done(true);
      this.logger.warn({ err: error }, 'resuming approved requests failed; will retry');
    }
  }
}
