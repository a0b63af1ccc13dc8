import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig, configuredOrGeneratedSecret } from '../../../shared/config/index.js';
import { SignedWebhookGuard, splitSecrets } from '../../../shared/http/index.js';
import { bankConfig } from '../bank.config.js';

/** The shared secrets of the bank's webhooks; the first one signs (sandbox), all of them verify. */
@Injectable()
export class BankWebhookSecrets {
  readonly all: readonly string[];

  constructor(@Inject(bankConfig.KEY) bank: ConfigType<typeof bankConfig>, @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>) {
    this.all = splitSecrets(configuredOrGeneratedSecret(app.DATA_DIR, 'bank-webhook.secret', bank.BANK_WEBHOOK_SECRET));
  }

  get signing(): string {
    return this.all[0];
  }
}

@Injectable()
export class BankWebhookSignatureGuard extends SignedWebhookGuard {
  constructor(private readonly bankSecrets: BankWebhookSecrets) {
    super();
  }
  protected secrets() {
    return this.bankSecrets.all;
  }
}
