import { BadRequestException, Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../../../shared/auth/index.js';
import { SIGNATURE_HEADER } from '../../../shared/crypto/index.js';
import { webhookReplayed } from '../domain/acquirer.errors.js';
import { CardPaymentUpdated } from '../domain/events/card-payment-updated.event.js';
import { AcquirerWebhookSignatureGuard } from '../infrastructure/acquirer-secrets.js';
import { AcquirerWebhookReceipts } from '../infrastructure/persistence/acquirer-webhook-receipts.js';
import { AcquirerWebhook } from './acquirer-webhook.dto.js';

@ApiTags('webhooks')
@Public()
@Controller('v1/webhooks/acquirer')
export class AcquirerWebhookController {
  constructor(private readonly receipts: AcquirerWebhookReceipts) {}

  @Post()
  @HttpCode(200)
  @UseGuards(AcquirerWebhookSignatureGuard)
  @ApiOperation({ operationId: 'receiveAcquirerWebhook', summary: 'Notifications from the card acquirer (signed; stale or replayed deliveries are refused)' })
  @ApiHeader({ name: SIGNATURE_HEADER, description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">' })
  @ApiOkResponse({ schema: { properties: { status: { enum: ['recorded'] } } } })
  async receive(@Body() webhook: AcquirerWebhook): Promise<{ status: string }> {
    if (webhook.type !== `payment.${webhook.data.status}`) throw new BadRequestException(['data.status does not match the webhook type']);
    const event = new CardPaymentUpdated(webhook.data.paymentId, { paymentId: webhook.data.paymentId, status: webhook.data.status });
    if (!(await this.receipts.record(webhook.id, [event]))) throw webhookReplayed();
    return { status: 'recorded' };
  }
}
