import { Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { SandboxWebhookDispatcher } from '../../../../shared/http/index.js';
import { KycWebhookSecrets } from '../kyc-secrets.js';
import { SandboxKycStore } from './sandbox-kyc.store.js';

/**
 * The sandbox provider's clock and courier: decides the cases whose review time is up, then
 * delivers the decisions to `/v1/webhooks/kyc` through the shared sandbox dispatcher (signed,
 * retried with backoff until the platform acknowledges).
 */
@Injectable()
export class SandboxKycWebhookSender extends SandboxWebhookDispatcher {
  protected readonly webhooks;
  protected readonly path = '/v1/webhooks/kyc';

  constructor(
    private readonly store: SandboxKycStore,
    private readonly secrets: KycWebhookSecrets,
    adapterHost: HttpAdapterHost,
  ) {
    super(adapterHost);
    this.webhooks = store.webhooks;
  }

  protected signingSecret(): string {
    return this.secrets.signing;
  }

  protected override async beforeDelivery(now: number): Promise<void> {
    const due = await this.store.dueCases(now);
    await Promise.all(due.map((check) => this.store.decide(check.applicationId, check.planned)));
  }
}
