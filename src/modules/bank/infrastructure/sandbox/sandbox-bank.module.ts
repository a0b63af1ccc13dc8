import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { bankConfig } from '../../bank.config.js';
import { SandboxBankAdapter } from './sandbox-bank.adapter.js';
import { SandboxBankController } from './sandbox-bank.controller.js';
import { SandboxBankLedger } from './sandbox-bank.ledger.js';
import { SandboxPayoutClearing } from './sandbox-payout-clearing.js';
import { SandboxWebhookSender } from './sandbox-webhook-sender.js';

/** The sandbox bank and its `/v1/sandbox/bank` routes; loaded only while the sandbox is enabled. */
@Global()
@Module({
  imports: [ConfigModule.forFeature(bankConfig)],
  controllers: [SandboxBankController],
  providers: [SandboxBankLedger, SandboxPayoutClearing, SandboxBankAdapter, SandboxWebhookSender],
  exports: [SandboxBankAdapter],
})
export class SandboxBankModule {}
