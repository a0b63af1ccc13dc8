import { Command } from '@nestjs/cqrs';
import type { Withdrawal } from '../../../domain/withdrawal.js';

/** A customer asks to withdraw to one of their linked IBANs; answers with the withdrawal, pending, awaiting approval or further. */
export class RequestWithdrawalCommand extends Command<Withdrawal> {
  constructor(readonly request: { customerId: string; amount: bigint; bankAccountId: string; idempotencyKey?: string }) {
    super();
  }
}
