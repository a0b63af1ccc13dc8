import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { acquirerConfig } from './acquirer.config.js';
import { AcquirerWebhookController } from './api/acquirer-webhook.controller.js';
import { CreateCardPaymentHandler } from './application/commands/create-card-payment/create-card-payment.handler.js';
import { RefundCardPaymentHandler } from './application/commands/refund-card-payment/refund-card-payment.handler.js';
import { GetAcquirerBalanceHandler } from './application/queries/get-acquirer-balance/get-acquirer-balance.handler.js';
import { GetCardPaymentHandler } from './application/queries/get-card-payment/get-card-payment.handler.js';
import { AcquirerWebhookSecrets, AcquirerWebhookSignatureGuard } from './infrastructure/acquirer-secrets.js';
import { AcquirerWebhookReceipts } from './infrastructure/persistence/acquirer-webhook-receipts.js';
import { SandboxAcquirerAdapter } from './infrastructure/sandbox/sandbox-acquirer.adapter.js';
import { sandboxOrUnavailable } from '../../shared/http/index.js';
import { ACQUIRER_PORT } from './ports/acquirer.port.js';

/** Card payments for top-ups, refunds and chargebacks behind the acquirer port; the sandbox acquirer (SandboxAcquirerModule, when enabled) is the only adapter so far. */
@Module({
  imports: [ConfigModule.forFeature(acquirerConfig)],
  controllers: [AcquirerWebhookController],
  providers: [
    AcquirerWebhookSecrets,
    AcquirerWebhookSignatureGuard,
    AcquirerWebhookReceipts,
    CreateCardPaymentHandler,
    RefundCardPaymentHandler,
    GetCardPaymentHandler,
    GetAcquirerBalanceHandler,
    sandboxOrUnavailable(ACQUIRER_PORT, SandboxAcquirerAdapter, 'card acquirer', ['createPayment', 'getPayment', 'refund', 'getSettlementBalance']),
  ],
})
export class AcquirerModule {}
