import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type OutgoingWebhookRecord, SandboxWebhookDispatcher } from '../../../../shared/http/index.js';
import { BankWebhookSecrets } from '../bank-secrets.js';
import { SandboxBankLedger } from './sandbox-bank.ledger.js';

/** The sandbox bank's notifications to `/v1/webhooks/bank`, signed with the bank's webhook secret. */
@Injectable()
export class SandboxWebhookSender extends SandboxWebhookDispatcher {
  protected readonly webhooks;
  protected readonly path = '/v1/webhooks/bank';

  constructor(
    private readonly ledger: SandboxBankLedger,
    private readonly secrets: BankWebhookSecrets,
    adapterHost: HttpAdapterHost,
  ) {
    super(adapterHost);
    this.webhooks = ledger.webhooks;
  }

  protected signingSecret(): string {
    return this.secrets.signing;
  }

  protected override bodyOf(webhook: OutgoingWebhookRecord): string {
    return this.ledger.openWebhookBody(webhook);
  }
}
