import { Inject, Injectable, type Type } from '@nestjs/common';
import { type AppConfig, configuredOrGeneratedSecret, sandboxEnabled } from '../config/index.js';
import { SignedWebhookGuard, splitSecrets } from './signed-webhook.guard.js';

/**
 * The shared secrets of one partner's webhooks: the configured comma-separated list (rotation:
 * every one verifies), or one generated once and kept in DATA_DIR when none is set. While the
 * sandbox is enabled, the sandbox partner's own secret verifies too: it never signs with a real one.
 */
export abstract class WebhookSecrets {
  readonly all: readonly string[];

  protected constructor(app: Pick<AppConfig, 'DATA_DIR' | 'NODE_ENV' | 'SANDBOX_ENABLED'>, fileName: string, configured: string | undefined) {
    const partner = splitSecrets(configuredOrGeneratedSecret(app.DATA_DIR, fileName, configured));
    this.all = sandboxEnabled(app) ? [...partner, sandboxWebhookSecret(app.DATA_DIR, fileName)] : partner;
  }
}

/** The secret a sandbox partner signs its webhooks with: its own, generated once under DATA_DIR. */
export function sandboxWebhookSecret(dataDir: string, partnerFileName: string): string {
  return configuredOrGeneratedSecret(dataDir, `sandbox-${partnerFileName}`);
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
