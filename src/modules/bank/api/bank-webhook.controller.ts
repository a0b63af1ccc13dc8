import { BadRequestException, Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Public } from '../../../shared/auth/index.js';
import { SIGNATURE_HEADER } from '../../../shared/crypto/index.js';
import { parseMinorUnits } from '../../../shared/money/index.js';
import { RecordIncomingCreditCommand } from '../application/commands/record-incoming-credit/record-incoming-credit.command.js';
import { RecordPayoutUpdateCommand } from '../application/commands/record-payout-update/record-payout-update.command.js';
import { unsupportedCurrency, unsupportedWebhookType } from '../domain/bank.errors.js';
import { BankWebhookSignatureGuard } from '../infrastructure/bank-secrets.js';
import { BankWebhookEnvelope, CreditReceivedWebhook, PayoutUpdateWebhook } from './bank-webhook.dto.js';

@ApiTags('webhooks')
@Public()
@Controller('v1/webhooks/bank')
export class BankWebhookController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(200)
  @UseGuards(BankWebhookSignatureGuard)
  @ApiOperation({ operationId: 'receiveBankWebhook', summary: 'Notifications from the bank (signed; stale or replayed deliveries are refused)' })
  @ApiHeader({ name: SIGNATURE_HEADER, description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">' })
  @ApiOkResponse({ schema: { properties: { status: { enum: ['recorded', 'duplicate-credit', 'unchanged'] } } } })
  async receive(@Body() envelope: BankWebhookEnvelope): Promise<{ status: string }> {
    switch (envelope.type) {
      case 'credit.received': {
        const { id, data } = await validated(CreditReceivedWebhook, envelope);
        if (data.currency !== 'EUR') throw unsupportedCurrency(data.currency);
        const status = await this.commands.execute(
          new RecordIncomingCreditCommand({
            eventId: id,
            transactionId: data.transactionId,
            amount: parseMinorUnits(data.amount),
            currency: data.currency,
            reference: data.reference,
            debtorIban: data.debtorIban,
            debtorName: data.debtorName,
            bookedAt: data.bookedAt,
          }),
        );
        return { status };
      }
      case 'payout.sent':
      case 'payout.settled':
      case 'payout.returned': {
        const { id, data } = await validated(PayoutUpdateWebhook, envelope);
        if (`payout.${data.status}` !== envelope.type) throw new BadRequestException(['data.status does not match the webhook type']);
        const status = await this.commands.execute(
          new RecordPayoutUpdateCommand({ eventId: id, payoutId: data.payoutId, status: data.status, endToEndId: data.endToEndId, reason: data.reason }),
        );
        return { status };
      }
      default:
        throw unsupportedWebhookType(envelope.type);
    }
  }
}

async function validated<T extends object>(type: new () => T, plain: object): Promise<T> {
  const instance = plainToInstance(type, plain);
  const errors = await validate(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length) {
    const messages = errors.flatMap((error) =>
      error.children?.length
        ? error.children.flatMap((child) => Object.values(child.constraints ?? {}).map((message) => `${error.property}.${message}`))
        : Object.values(error.constraints ?? {}),
    );
    throw new BadRequestException(messages);
  }
  return instance;
}
