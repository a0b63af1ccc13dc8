import { Injectable } from '@nestjs/common';
import { FleetLeases } from '../../../data/index.js';
import { PeriodicSweeper } from '../../../../shared/state-machine/index.js';
import type { Withdrawal } from '../../domain/withdrawal.js';
import { WithdrawalRepository } from '../../infrastructure/persistence/withdrawal.repository.js';
import { WithdrawalApprovals } from '../withdrawals/withdrawal-approvals.js';
import { WithdrawalProcessor } from '../withdrawals/withdrawal-processor.js';

/**
 * Resumes withdrawals a crash or a lost event left open: each is advanced from the state it was
 * persisted in (one awaiting approval catches up with its approval request). Younger open withdrawals are still moved by their own events.
 */
@Injectable()
export class OpenWithdrawalSweeper extends PeriodicSweeper<Withdrawal> {
  constructor(
    leases: FleetLeases,
    private readonly withdrawals: WithdrawalRepository,
    private readonly processor: WithdrawalProcessor,
    private readonly approvals: WithdrawalApprovals,
  ) {
    super({ intervalMs: 5_000, quietMs: 15_000, onDuty: () => leases.onDuty });
  }

  protected listOpen(): Promise<Withdrawal[]> {
    return this.withdrawals.listOpen();
  }

  protected resume(withdrawal: Withdrawal): Promise<void> {
    return withdrawal.status === 'awaiting_approval' ? this.approvals.reconcile(withdrawal) : this.processor.advance(withdrawal.id);
  }
}
