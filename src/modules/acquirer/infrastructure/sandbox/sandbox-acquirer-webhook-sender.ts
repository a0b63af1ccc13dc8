import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig } from '../../../../shared/config/index.js';
import { HttpAdapterHost } from '@nestjs/core';
import { SandboxWebhookDispatcher, sandboxWebhookSecret } from '../../../../shared/http/index.js';
import { SandboxAcquirerBooks } from './sandbox-acquirer.books.js';

/** The sandbox acquirer's notifications to `/v1/webhooks/acquirer`, signed with its own secret. */
@Injectable()
export class SandboxAcquirerWebhookSender extends SandboxWebhookDispatcher {
  constructor(
    books: SandboxAcquirerBooks,
    @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>,
    adapterHost: HttpAdapterHost,
  ) {
    super(adapterHost, { path: '/v1/webhooks/acquirer', webhooks: books.webhooks, secret: sandboxWebhookSecret(app.DATA_DIR, 'acquirer-webhook.secret') });
  }
}
