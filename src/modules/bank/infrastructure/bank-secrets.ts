import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig } from '../../../shared/config/index.js';
import { WebhookSecrets, signedWebhookGuardFor } from '../../../shared/http/index.js';
import { bankConfig } from '../bank.config.js';

/** The shared secrets of the bank's webhooks. */
@Injectable()
export class BankWebhookSecrets extends WebhookSecrets {
  constructor(@Inject(bankConfig.KEY) config: ConfigType<typeof bankConfig>, @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>) {
    super(app, 'bank-webhook.secret', config.BANK_WEBHOOK_SECRET);
  }
}

export const BankWebhookSignatureGuard = signedWebhookGuardFor(BankWebhookSecrets);
