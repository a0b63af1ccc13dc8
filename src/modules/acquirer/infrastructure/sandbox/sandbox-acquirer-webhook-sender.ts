import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { SandboxWebhookDispatcher } from '../../../../shared/http/index.js';
import { AcquirerWebhookSecrets } from '../acquirer-secrets.js';
import { SandboxAcquirerBooks } from './sandbox-acquirer.books.js';

/** The sandbox acquirer's notifications to `/v1/webhooks/acquirer`, signed with its webhook secret. */
@Injectable()
export class SandboxAcquirerWebhookSender extends SandboxWebhookDispatcher {
  protected readonly webhooks;
  protected readonly path = '/v1/webhooks/acquirer';

  constructor(
    books: SandboxAcquirerBooks,
    private readonly secrets: AcquirerWebhookSecrets,
    adapterHost: HttpAdapterHost,
  ) {
    super(adapterHost);
    this.webhooks = books.webhooks;
  }

  protected signingSecret(): string {
    return this.secrets.signing;
  }
}
