import { Command } from '@nestjs/cqrs';
import type { Transfer, TransferRecipient } from '../../../domain/transfer.js';

/** A customer asks to pay another customer; answers with the transfer, pending or already further. */
export class RequestTransferCommand extends Command<Transfer> {
  constructor(readonly request: { senderId: string; to: TransferRecipient; amount: bigint; note?: string; idempotencyKey?: string }) {
    super();
  }
}
