import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig } from '../../../shared/config/index.js';
import { WebhookSecrets, signedWebhookGuardFor } from '../../../shared/http/index.js';
import { acquirerConfig } from '../acquirer.config.js';

/** The shared secrets of the acquirer's webhooks. */
@Injectable()
export class AcquirerWebhookSecrets extends WebhookSecrets {
  constructor(@Inject(acquirerConfig.KEY) config: ConfigType<typeof acquirerConfig>, @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>) {
    super(app, 'acquirer-webhook.secret', config.ACQUIRER_WEBHOOK_SECRET);
  }
}

export const AcquirerWebhookSignatureGuard = signedWebhookGuardFor(AcquirerWebhookSecrets);
