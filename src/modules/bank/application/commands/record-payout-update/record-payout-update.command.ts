import { Command } from '@nestjs/cqrs';
import type { BankPayoutStatus } from '../../../ports/bank.port.js';

export type PayoutUpdateOutcome = 'recorded' | 'unchanged';

/** What a `payout.*` webhook says about a payout; applied once per delivery id, and only forward. */
export class RecordPayoutUpdateCommand extends Command<PayoutUpdateOutcome> {
  constructor(readonly update: { eventId: string; payoutId: string; status: BankPayoutStatus; endToEndId: string; reason?: string }) {
    super();
  }
}
