import { Injectable } from '@nestjs/common';
import { FleetLeases } from '../../../data/index.js';
import { PeriodicSweeper, type SweptRecord } from '../../../../shared/state-machine/index.js';
import { DepositRepository } from '../../infrastructure/persistence/deposit.repository.js';
import { TopUpRepository } from '../../infrastructure/persistence/topup.repository.js';
import { DepositProcessor } from '../deposits/deposit-processor.js';
import { TopUpProcessor } from '../topups/topup-processor.js';

type OpenOperation = SweptRecord & { kind: 'deposit' | 'topup' };

/** Resumes deposits and top-ups left open by a crash, a lost event, or a wait (an identity being registered). */
@Injectable()
export class OpenOperationSweeper extends PeriodicSweeper<OpenOperation> {
  constructor(
    leases: FleetLeases,
    private readonly deposits: DepositRepository,
    private readonly topUps: TopUpRepository,
    private readonly depositProcessor: DepositProcessor,
    private readonly topUpProcessor: TopUpProcessor,
  ) {
    super({ intervalMs: 5_000, quietMs: 30_000, onDuty: () => leases.onDuty });
  }

  protected async listOpen(): Promise<OpenOperation[]> {
    const [deposits, topUps] = await Promise.all([this.deposits.listOpen(), this.topUps.listOpen()]);
    return [
      ...deposits.map(({ id, updatedAt }) => ({ kind: 'deposit' as const, id, updatedAt })),
      ...topUps.map(({ id, updatedAt }) => ({ kind: 'topup' as const, id, updatedAt })),
    ];
  }

  protected resume(operation: OpenOperation): Promise<void> {
    return operation.kind === 'deposit' ? this.depositProcessor.advance(operation.id) : this.topUpProcessor.advance(operation.id);
  }
}
