import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { acquirerConfig } from '../../acquirer.config.js';
import { SandboxAcquirerWebhookSender } from './sandbox-acquirer-webhook-sender.js';
import { SandboxAcquirerAdapter } from './sandbox-acquirer.adapter.js';
import { SandboxAcquirerBooks } from './sandbox-acquirer.books.js';
import { SandboxAcquirerController } from './sandbox-acquirer.controller.js';
import { SandboxCheckoutController } from './sandbox-checkout.controller.js';

/** The sandbox acquirer, its checkout pages and its `/v1/sandbox/acquirer` routes; loaded only while the sandbox is enabled. */
@Global()
@Module({
  imports: [ConfigModule.forFeature(acquirerConfig)],
  controllers: [SandboxAcquirerController, SandboxCheckoutController],
  providers: [SandboxAcquirerBooks, SandboxAcquirerAdapter, SandboxAcquirerWebhookSender],
  exports: [SandboxAcquirerAdapter],
})
export class SandboxAcquirerModule {}
