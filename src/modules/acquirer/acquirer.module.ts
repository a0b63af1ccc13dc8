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
import { SandboxAcquirerWebhookSender } from './infrastructure/sandbox/sandbox-acquirer-webhook-sender.js';
import { SandboxAcquirerAdapter } from './infrastructure/sandbox/sandbox-acquirer.adapter.js';
import { SandboxAcquirerBooks } from './infrastructure/sandbox/sandbox-acquirer.books.js';
import { SandboxAcquirerController } from './infrastructure/sandbox/sandbox-acquirer.controller.js';
import { SandboxCheckoutController } from './infrastructure/sandbox/sandbox-checkout.controller.js';
import { ACQUIRER_PORT } from './ports/acquirer.port.js';

/** Card payments for top-ups, refunds and chargebacks behind the acquirer port; the sandbox acquirer is the only adapter so far. */
@Module({
  imports: [ConfigModule.forFeature(acquirerConfig)],
  controllers: [AcquirerWebhookController, SandboxAcquirerController, SandboxCheckoutController],
  providers: [
    AcquirerWebhookSecrets,
    AcquirerWebhookSignatureGuard,
    AcquirerWebhookReceipts,
    CreateCardPaymentHandler,
    RefundCardPaymentHandler,
    GetCardPaymentHandler,
    GetAcquirerBalanceHandler,
    SandboxAcquirerBooks,
    SandboxAcquirerAdapter,
    SandboxAcquirerWebhookSender,
    { provide: ACQUIRER_PORT, useExisting: SandboxAcquirerAdapter },
  ],
})
export class AcquirerModule {}
