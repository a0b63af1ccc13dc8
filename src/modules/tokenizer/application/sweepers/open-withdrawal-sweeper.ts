import { Injectable } from '@nestjs/common';
import { FleetLeases } from '../../../data/index.js';
import { PeriodicSweeper } from '../../../../shared/state-machine/index.js';
import type { Withdrawal } from '../../domain/withdrawal.js';
import { WithdrawalRepository } from '../../infrastructure/persistence/withdrawal.repository.js';
import { WithdrawalProcessor } from '../withdrawals/withdrawal-processor.js';

/**
 * Resumes withdrawals a crash or a lost event left open: each is advanced from the state it was
 * persisted in. Younger open withdrawals are still moved by their own events.
 */
@Injectable()
export class OpenWithdrawalSweeper extends PeriodicSweeper<Withdrawal> {
  constructor(
    leases: FleetLeases,
    private readonly withdrawals: WithdrawalRepository,
    private readonly processor: WithdrawalProcessor,
  ) {
    super({ intervalMs: 5_000, quietMs: 15_000, onDuty: () => leases.onDuty });
  }

  protected listOpen(): Promise<Withdrawal[]> {
    return this.withdrawals.listOpen();
  }

  protected resume(withdrawal: Withdrawal): Promise<void> {
    return this.processor.advance(withdrawal.id);
  }
}
