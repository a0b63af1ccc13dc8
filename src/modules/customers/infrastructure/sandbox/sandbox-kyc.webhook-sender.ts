import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig } from '../../../../shared/config/index.js';
import { HttpAdapterHost } from '@nestjs/core';
import { SandboxWebhookDispatcher, sandboxWebhookSecret } from '../../../../shared/http/index.js';
import { SandboxKycStore } from './sandbox-kyc.store.js';

/**
 * The sandbox provider's clock and courier: decides the cases whose review time is up, then
 * delivers the decisions to `/v1/webhooks/kyc` through the shared sandbox dispatcher (signed,
 * retried with backoff until the platform acknowledges).
 */
@Injectable()
export class SandboxKycWebhookSender extends SandboxWebhookDispatcher {
  constructor(
    private readonly store: SandboxKycStore,
    @Inject(appConfig.KEY) app: ConfigType<typeof appConfig>,
    adapterHost: HttpAdapterHost,
  ) {
    super(adapterHost, { path: '/v1/webhooks/kyc', webhooks: store.webhooks, secret: sandboxWebhookSecret(app.DATA_DIR, 'kyc-webhook.secret') });
  }

  protected override async beforeDelivery(now: number): Promise<boolean> {
    const due = await this.store.dueCases(now);
    await Promise.all(due.map((check) => this.store.decide(check.applicationId, check.planned)));
    return due.length > 0;
  }
}
