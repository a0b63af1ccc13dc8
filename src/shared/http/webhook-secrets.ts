import { Inject, Injectable, type Type } from '@nestjs/common';
import { configuredOrGeneratedSecret } from '../config/index.js';
import { SignedWebhookGuard, splitSecrets } from './signed-webhook.guard.js';

/**
 * The shared secrets of one partner's webhooks: the configured comma-separated list (rotation: the
 * first signs, every one verifies), or one generated once and kept in DATA_DIR when none is set.
 */
export abstract class WebhookSecrets {
  readonly all: readonly string[];

  protected constructor(dataDir: string, fileName: string, configured: string | undefined) {
    this.all = splitSecrets(configuredOrGeneratedSecret(dataDir, fileName, configured));
  }

  /** What the sandbox partner signs its webhooks with. */
  get signing(): string {
    return this.all[0];
  }
}

/** The guard that verifies a partner's webhook signatures under the secrets `Secrets` provides. */
export function signedWebhookGuardFor(Secrets: Type<WebhookSecrets>): Type<SignedWebhookGuard> {
  @Injectable()
  class PartnerWebhookSignatureGuard extends SignedWebhookGuard {
    constructor(@Inject(Secrets) private readonly partnerSecrets: WebhookSecrets) {
      super();
    }

    protected secrets(): readonly string[] {
      return this.partnerSecrets.all;
    }
  }
  Object.defineProperty(PartnerWebhookSignatureGuard, 'name', { value: `${Secrets.name}SignatureGuard` });
  return PartnerWebhookSignatureGuard;
}
