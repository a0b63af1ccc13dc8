import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig, configuredOrGeneratedSecret } from '../../../shared/config/index.js';
import { SignedWebhookGuard, splitSecrets } from '../../../shared/http/index.js';
import { acquirerConfig } from '../acquirer.config.js';

/** The shared secrets of the acquirer's webhooks; the first one signs (sandbox), all of them verify. */
@Injectable()
export class AcquirerWebhookSecrets {
  readonly all: readonly string[];

  constructor(@Inject(acquirerConfig.KEY) acquirer: ConfigType<typeof acquirerConfig>, @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>) {
    this.all = splitSecrets(configuredOrGeneratedSecret(app.DATA_DIR, 'acquirer-webhook.secret', acquirer.ACQUIRER_WEBHOOK_SECRET));
  }

  get signing(): string {
    return this.all[0];
  }
}

@Injectable()
export class AcquirerWebhookSignatureGuard extends SignedWebhookGuard {
  constructor(private readonly acquirerSecrets: AcquirerWebhookSecrets) {
    super();
  }
  protected secrets() {
    return this.acquirerSecrets.all;
  }
}
