import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { signWebhook } from '../../../../shared/crypto/index.js';
import { ownBaseUrl } from '../../../../shared/http/index.js';
import { KycWebhookSecrets } from '../kyc-secrets.js';
import { SandboxKycStore } from './sandbox-kyc.store.js';

const POLL_MS = 100;
const MAX_ATTEMPTS = 15;
const WEBHOOK_PATH = '/v1/webhooks/kyc';

export interface DeliveryResult {
  status: number;
}

/**
 * The sandbox provider's clock and courier: decides the cases whose review time is up, then
 * delivers the decisions signed, retried with backoff until the platform acknowledges (2xx, or
 * 409 for a delivery it already has).
 */
@Injectable()
export class SandboxKycWebhookSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SandboxKycWebhookSender.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly store: SandboxKycStore,
    private readonly secrets: KycWebhookSecrets,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.tick(), POLL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Sends a delivery again, `times` times at once: what a provider with a flaky network does. */
  async redeliver(webhookId: string, times: number): Promise<DeliveryResult[]> {
    const webhook = await this.store.webhooks.get({ id: webhookId });
    if (!webhook) return [];
    return Promise.all(Array.from({ length: times }, () => this.post(webhook.body)));
  }

  private async tick(): Promise<void> {
    if (this.running || !ownBaseUrl(this.adapterHost)) return;
    this.running = true;
    try {
      const now = Date.now();
      const due = await this.store.dueCases(now);
      await Promise.all(due.map((check) => this.store.decide(check.applicationId, check.planned)));
      const webhooks = await this.store.dueWebhooks(now);
      await Promise.all(webhooks.map((webhook) => this.attempt(webhook.id, webhook.body, webhook.attempts)));
    } catch (error) {
      this.logger.warn({ err: error }, 'sandbox KYC round failed');
    } finally {
      this.running = false;
    }
  }

  private async attempt(id: string, body: string, attempts: number): Promise<void> {
    const result = await this.post(body);
    const acknowledged = (result.status >= 200 && result.status < 300) || result.status === 409;
    const next = attempts + 1;
    if (acknowledged) {
      await this.store.webhooks.update({ id }, { $REMOVE: ['pending'], $SET: { deliveredAt: new Date().toISOString(), attempts: next } });
    } else if (next >= MAX_ATTEMPTS) {
      this.logger.error({ webhookId: id, status: result.status }, 'sandbox KYC provider gave up delivering a webhook');
      await this.store.webhooks.update({ id }, { $REMOVE: ['pending'], $SET: { attempts: next } });
    } else {
      await this.store.webhooks.update({ id }, { attempts: next, nextAttemptAt: Date.now() + Math.min(60_000, 500 * 2 ** attempts) });
    }
  }

  private async post(body: string): Promise<DeliveryResult> {
    try {
      const response = await fetch(`${ownBaseUrl(this.adapterHost)}${WEBHOOK_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': signWebhook(this.secrets.signing, body) },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      await response.arrayBuffer();
      return { status: response.status };
    } catch {
      return { status: 0 };
    }
  }
}
