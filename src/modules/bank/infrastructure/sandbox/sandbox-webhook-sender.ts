import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig } from '../../../../shared/config/index.js';
import { HttpAdapterHost } from '@nestjs/core';
import { type OutgoingWebhookRecord, SandboxWebhookDispatcher, sandboxWebhookSecret } from '../../../../shared/http/index.js';
import { SandboxBankLedger } from './sandbox-bank.ledger.js';

/** The sandbox bank's notifications to `/v1/webhooks/bank`, signed with the sandbox bank's own secret. */
@Injectable()
export class SandboxWebhookSender extends SandboxWebhookDispatcher {
  protected readonly webhooks;
  /** The sandbox's own secret: a real partner's configured one never signs what the sandbox sends. */
  private readonly secret: string;
  protected readonly path = '/v1/webhooks/bank';

  constructor(
    private readonly ledger: SandboxBankLedger,
    @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>,
    adapterHost: HttpAdapterHost,
  ) {
    super(adapterHost);
    this.secret = sandboxWebhookSecret(app.DATA_DIR, 'bank-webhook.secret');
    this.webhooks = ledger.webhooks;
  }

  protected signingSecret(): string {
    return this.secret;
  }

  protected override bodyOf(webhook: OutgoingWebhookRecord): string {
    return this.ledger.openWebhookBody(webhook);
  }
}
