import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig, configuredOrGeneratedSecret } from '../../../shared/config/index.js';
import { SignedWebhookGuard, splitSecrets } from '../../../shared/http/index.js';
import { customersConfig } from '../customers.config.js';

/** The shared secrets of the KYC provider's webhooks; the first one signs (sandbox), all of them verify. */
@Injectable()
export class KycWebhookSecrets {
  readonly all: readonly string[];

  constructor(
    @Inject(customersConfig.KEY) customers: ConfigType<typeof customersConfig>,
    @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>,
  ) {
    this.all = splitSecrets(configuredOrGeneratedSecret(app.DATA_DIR, 'kyc-webhook.secret', customers.KYC_WEBHOOK_SECRET));
  }

  get signing(): string {
    return this.all[0];
  }
}

@Injectable()
export class KycWebhookSignatureGuard extends SignedWebhookGuard {
  constructor(private readonly kycSecrets: KycWebhookSecrets) {
    super();
  }
  protected secrets() {
    return this.kycSecrets.all;
  }
}
