import { Injectable } from '@nestjs/common';
import type { WriteItem } from '../../data/index.js';
import type { Payout } from '../domain/payout.js';
import { PayoutReturned, PayoutSent, PayoutSettled } from '../domain/events/payout.events.js';
import { PayoutRepository } from '../infrastructure/persistence/payout.repository.js';
import type { BankPayoutStatus } from '../ports/bank.port.js';

/** Applies what the bank says about a payout (by answer or by webhook), once and only forward. */
@Injectable()
export class PayoutTracker {
  constructor(private readonly payouts: PayoutRepository) {}

  apply(payout: Payout, status: BankPayoutStatus, details: { endToEndId?: string; reason?: string }, extra: WriteItem[] = []): Promise<boolean> {
    const payload = { payoutId: payout.payoutId, amount: payout.amount.toString(), ...(details.endToEndId ?? payout.endToEndId ? { endToEndId: details.endToEndId ?? payout.endToEndId } : {}) };
    const changes = { ...(details.endToEndId ? { endToEndId: details.endToEndId } : {}), ...(details.reason ? { reason: details.reason } : {}) };
    const event =
      status === 'sent'
        ? new PayoutSent(payout.payoutId, payload)
        : status === 'settled'
          ? new PayoutSettled(payout.payoutId, payload)
          : new PayoutReturned(payout.payoutId, { ...payload, reason: details.reason ?? 'returned' });
    return this.payouts.advance(payout, status, changes, [event], extra);
  }
}
