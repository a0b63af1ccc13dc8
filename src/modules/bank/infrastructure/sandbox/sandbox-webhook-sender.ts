import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { signWebhook } from '../../../../shared/crypto/index.js';
import { ownBaseUrl } from '../../../../shared/http/index.js';
import { BankWebhookSecrets } from '../bank-secrets.js';
import { SandboxBankLedger } from './sandbox-bank.ledger.js';

const POLL_MS = 100;
const MAX_ATTEMPTS = 15;
const WEBHOOK_PATH = '/v1/webhooks/bank';

export interface DeliveryResult {
  status: number;
  body: unknown;
}

/**
 * Delivers the sandbox bank's notifications like a real bank: asynchronously, signed, retried with
 * backoff until the platform acknowledges (2xx, or 409 for a delivery it already has).
 */
@Injectable()
export class SandboxWebhookSender implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(SandboxWebhookSender.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    private readonly ledger: SandboxBankLedger,
    private readonly secrets: BankWebhookSecrets,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.deliverDue(), POLL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Sends a notification again, `times` times at once: what a bank with a flaky network does. */
  async redeliver(webhookId: string, times: number): Promise<DeliveryResult[]> {
    const webhook = await this.ledger.webhooks.get({ id: webhookId });
    if (!webhook) return [];
    return Promise.all(Array.from({ length: times }, () => this.post(webhook.body)));
  }

  private async deliverDue(): Promise<void> {
    if (this.running || !ownBaseUrl(this.adapterHost)) return;
    this.running = true;
    try {
      const due = (await this.ledger.webhooks.query('pending').eq('1').using('pending-index').exec()).filter(
        (webhook) => webhook.nextAttemptAt <= Date.now(),
      );
      await Promise.all(due.map((webhook) => this.attempt(webhook.id, webhook.body, webhook.attempts)));
    } catch (error) {
      this.logger.warn({ err: error }, 'sandbox bank delivery round failed');
    } finally {
      this.running = false;
    }
  }

  private async attempt(id: string, body: string, attempts: number): Promise<void> {
    const result = await this.post(body);
    const acknowledged = (result.status >= 200 && result.status < 300) || result.status === 409;
    if (acknowledged) {
      await this.ledger.webhooks.update({ id }, { $REMOVE: ['pending'], $SET: { deliveredAt: new Date().toISOString(), attempts: attempts + 1 } });
      return;
    }
    const next = attempts + 1;
    if (next >= MAX_ATTEMPTS) {
      this.logger.error({ webhookId: id, status: result.status }, 'sandbox bank gave up delivering a webhook');
      await this.ledger.webhooks.update({ id }, { $REMOVE: ['pending'], $SET: { attempts: next } });
      return;
    }
    const backoffMs = Math.min(60_000, 500 * 2 ** attempts);
    await this.ledger.webhooks.update({ id }, { attempts: next, nextAttemptAt: Date.now() + backoffMs });
  }

  private async post(body: string): Promise<DeliveryResult> {
    const base = ownBaseUrl(this.adapterHost);
    try {
      const response = await fetch(`${base}${WEBHOOK_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': signWebhook(this.secrets.signing, body) },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    } catch (error) {
      return { status: 0, body: String(error) };
    }
  }
}
