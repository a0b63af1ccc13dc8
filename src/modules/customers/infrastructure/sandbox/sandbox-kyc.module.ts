import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { customersConfig } from '../../customers.config.js';
import { SandboxKycController } from './sandbox-kyc.controller.js';
import { SandboxKycProvider } from './sandbox-kyc.provider.js';
import { SandboxKycStore } from './sandbox-kyc.store.js';
import { SandboxKycWebhookSender } from './sandbox-kyc.webhook-sender.js';

/** The sandbox KYC provider and its `/v1/sandbox/kyc` routes; loaded only while the sandbox is enabled. */
@Global()
@Module({
  imports: [ConfigModule.forFeature(customersConfig)],
  controllers: [SandboxKycController],
  providers: [SandboxKycStore, SandboxKycProvider, SandboxKycWebhookSender],
  exports: [SandboxKycProvider],
})
export class SandboxKycModule {}
