import { BadRequestException, Body, Controller } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { SignedWebhookReceiver } from '../../../shared/http/index.js';
import { Public } from '../../../shared/auth/index.js';

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

  @SignedWebhookReceiver(AcquirerWebhookSignatureGuard, { operationId: 'receiveAcquirerWebhook', summary: 'Notifications from the card acquirer (signed; stale or replayed deliveries are refused)' }, ['recorded'])
  async receive(@Body() webhook: AcquirerWebhook): Promise<{ status: string }> {
    if (webhook.type !== `payment.${webhook.data.status}`) throw new BadRequestException(['data.status does not match the webhook type']);
    const event = new CardPaymentUpdated(webhook.data.paymentId, { paymentId: webhook.data.paymentId, status: webhook.data.status });
    if (!(await this.receipts.record(webhook.id, [event]))) throw webhookReplayed();
    return { status: 'recorded' };
  }
}
