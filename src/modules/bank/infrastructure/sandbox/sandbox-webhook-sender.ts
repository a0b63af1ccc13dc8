import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig } from '../../../../shared/config/index.js';
import { HttpAdapterHost } from '@nestjs/core';
import { type OutgoingWebhookRecord, SandboxWebhookDispatcher, sandboxWebhookSecret } from '../../../../shared/http/index.js';
import { SandboxBankLedger } from './sandbox-bank.ledger.js';

/** The sandbox bank's notifications to `/v1/webhooks/bank`, signed with the sandbox bank's own secret. */
@Injectable()
export class SandboxWebhookSender extends SandboxWebhookDispatcher {
  constructor(
    private readonly ledger: SandboxBankLedger,
    @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>,
    adapterHost: HttpAdapterHost,
  ) {
    super(adapterHost, { path: '/v1/webhooks/bank', webhooks: ledger.webhooks, secret: sandboxWebhookSecret(app.DATA_DIR, 'bank-webhook.secret') });
  }

  protected override bodyOf(webhook: OutgoingWebhookRecord): string {
    return this.ledger.openWebhookBody(webhook);
  }
}
