import { Body, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { type AuthenticatedUser, CurrentUser } from '../../../shared/auth/index.js';
import { UnprocessableError } from '../../../shared/errors/index.js';
import { AcceptedCommand, CustomerController, IdempotencyKey, RateLimit } from '../../../shared/http/index.js';
import { parseMinorUnits } from '../../../shared/money/index.js';
import { transferView } from '../application/operations/operation-view.js';
import { RequestTransferCommand } from '../application/commands/request-transfer/request-transfer.command.js';
import type { TransferRecipient } from '../domain/transfer.js';
import { OperationResponse } from './money.dto.js';
import { CreateTransferRequest, TransferRecipientRequest } from './transfer.dto.js';

@CustomerController('v1/me/transfers', 'money')
export class TransfersController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @RateLimit('transfer')
  @AcceptedCommand(OperationResponse, {
    operationId: 'createTransfer',
    summary: 'Send money to another customer by e-mail, phone or wallet address',
    description:
      'Refused at once (422, nothing held) when the money is not there or the recipient cannot receive; otherwise the transfer is pending and settles on chain in a moment.',
  })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateTransferRequest, @IdempotencyKey() idempotencyKey: string): Promise<OperationResponse> {
    const transfer = await this.commands.execute(
      new RequestTransferCommand({
        senderId: user.customerId,
        to: recipientOf(body.to),
        amount: parseMinorUnits(body.amount),
        ...(body.note ? { note: body.note } : {}),
        idempotencyKey,
      }),
    );
    return transferView(transfer, user.customerId);
  }
}

function recipientOf(to: TransferRecipientRequest): TransferRecipient {
  const given = (['email', 'phone', 'address'] as const).filter((field) => to[field] !== undefined);
  if (given.length !== 1) throw new UnprocessableError('TRANSFERS.RECIPIENT_AMBIGUOUS', 'Name the recipient by exactly one of email, phone or address.');
  const field = given[0];
  return { [field]: to[field] as string } as TransferRecipient;
}
