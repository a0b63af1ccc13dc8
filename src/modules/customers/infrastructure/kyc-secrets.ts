import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig } from '../../../shared/config/index.js';
import { WebhookSecrets, signedWebhookGuardFor } from '../../../shared/http/index.js';
import { customersConfig } from '../customers.config.js';

/** The shared secrets of the KYC provider's webhooks. */
@Injectable()
export class KycWebhookSecrets extends WebhookSecrets {
  constructor(@Inject(customersConfig.KEY) config: ConfigType<typeof customersConfig>, @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>) {
    super(app, 'kyc-webhook.secret', config.KYC_WEBHOOK_SECRET);
  }
}

export const KycWebhookSignatureGuard = signedWebhookGuardFor(KycWebhookSecrets);
