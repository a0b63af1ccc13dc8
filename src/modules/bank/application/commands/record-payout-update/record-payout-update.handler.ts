import { Logger } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { payoutNotFound, webhookReplayed } from '../../../domain/bank.errors.js';
import { PayoutRepository } from '../../../infrastructure/persistence/payout.repository.js';
import { WebhookReceipts } from '../../../infrastructure/persistence/webhook-receipts.js';
import { PayoutTracker } from '../../payout-tracker.js';
import { PayoutUpdateOutcome, RecordPayoutUpdateCommand } from './record-payout-update.command.js';

@CommandHandler(RecordPayoutUpdateCommand)
export class RecordPayoutUpdateHandler implements ICommandHandler<RecordPayoutUpdateCommand> {
  private readonly logger = new Logger(RecordPayoutUpdateHandler.name);

  constructor(
    private readonly payouts: PayoutRepository,
    private readonly receipts: WebhookReceipts,
    private readonly tracker: PayoutTracker,
  ) {}

  async execute({ update }: RecordPayoutUpdateCommand): Promise<PayoutUpdateOutcome> {
    const payout = await this.payouts.get(update.payoutId);
    if (!payout) {
      this.logger.warn({ payoutId: update.payoutId }, 'the bank reported a payout the platform does not know');
      throw payoutNotFound(update.payoutId);
    }
    const moved = await this.tracker.apply(payout, update.status, { endToEndId: update.endToEndId, reason: update.reason }, [this.receipts.write(update.eventId)]);
    if (moved) return 'recorded';
    // Nothing moved: an older state arriving late, or the same delivery again.
    if (!(await this.receipts.record(update.eventId))) throw webhookReplayed();
    return 'unchanged';
  }
}
