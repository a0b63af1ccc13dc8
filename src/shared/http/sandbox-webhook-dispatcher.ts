import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Item } from 'dynamoose/dist/Item.js';
import { signWebhook } from '../crypto/index.js';
import { ownBaseUrl } from './own-url.js';
import { IdleBackoff } from '../state-machine/index.js';

/** A notification a sandbox adapter owes the platform, stored with the sandbox's own books. */
export interface OutgoingWebhookRecord extends Item {
  id: string;
  body: string;
  /** Present ('1') until acknowledged or given up; a sparse index lists what is due. */
  pending?: string;
  attempts: number;
  /** Epoch ms: not before (retries back off; some notifications are scheduled, e.g. a settlement). */
  nextAttemptAt: number;
  deliveredAt?: string;
  createdAt: string;
}

export interface DeliveryResult {
  status: number;
  body: unknown;
}

const POLL_MS = 100;
/** Rounds that find nothing due look less and less often, up to this (a provider's notifications are not instant either). */
const IDLE_POLL_MAX_MS = 1_000;
const MAX_ATTEMPTS = 15;

/**
 * Delivers a sandbox's notifications like a real provider: asynchronously, signed, retried with
 * backoff until the platform acknowledges (2xx, or 409 for a delivery it already has), and on
 * demand several times at once (`redeliver`), as flaky providers do.
 */
/** Where a sandbox's notifications go and how they are signed. */
export interface SandboxWebhookRoute {
  /** The platform's route that receives them, e.g. `/v1/webhooks/bank`. */
  path: string;
  /** The sandbox's outgoing notifications (written with the state change they announce). */
  webhooks: ModelType<OutgoingWebhookRecord>;
  /** The sandbox's own secret: a real partner's configured one never signs what the sandbox sends. */
  secret: string;
}

export abstract class SandboxWebhookDispatcher implements OnApplicationBootstrap, OnApplicationShutdown {
  protected readonly logger = new Logger(this.constructor.name);
  private timer?: NodeJS.Timeout;
  private running = false;
  private paused = false;
  private readonly backoff = new IdleBackoff(POLL_MS, IDLE_POLL_MAX_MS);


  /** The body as sent; a sandbox that stores bodies encrypted (they carry IBANs and names) opens them here. */
  protected bodyOf(webhook: OutgoingWebhookRecord): string {
    return webhook.body;
  }

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly route: SandboxWebhookRoute,
  ) {}

  /** Work a sandbox does on the same clock before each delivery round (the KYC provider decides its due cases here); true when it did some. */
  protected async beforeDelivery(_now: number): Promise<boolean> {
    return false;
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.backoff.due() && void this.deliverDue(), POLL_MS);
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  /** Holds every notification back until `resume` (benchmarks book a whole day's credits first, as a bank's morning file). */
  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.backoff.wake();
  }

  /** Sends a notification again, `times` times at once. */
  async redeliver(webhookId: string, times: number): Promise<DeliveryResult[]> {
    const webhook = await this.route.webhooks.get({ id: webhookId });
    if (!webhook) return [];
    const body = this.bodyOf(webhook);
    return Promise.all(Array.from({ length: times }, () => this.post(body)));
  }

  /** Rounds run one at a time; one round sends everything due, concurrently. */
  private async deliverDue(): Promise<void> {
    if (this.running || this.paused || !ownBaseUrl(this.adapterHost)) return;
    this.running = true;
    try {
      const now = Date.now();
      const worked = await this.beforeDelivery(now);
      const pending = await this.route.webhooks.query('pending').eq('1').using('pending-index').all().exec();
      const due = pending.filter((webhook) => webhook.nextAttemptAt <= now);
      // While anything is owed (a retry, a scheduled notification), rounds keep their pace.
      this.backoff.done(worked || pending.length > 0);
      await Promise.all(due.map((webhook) => this.attempt(webhook.id, this.bodyOf(webhook), webhook.attempts)));
    } catch (error) {
      this.backoff.done(true);
      this.logger.warn({ err: error }, 'sandbox webhook delivery round failed');
    } finally {
      this.running = false;
    }
  }

  private async attempt(id: string, body: string, attempts: number): Promise<void> {
    const result = await this.post(body);
    const acknowledged = (result.status >= 200 && result.status < 300) || result.status === 409;
    if (acknowledged) {
      await this.route.webhooks.update({ id }, { $REMOVE: ['pending'], $SET: { deliveredAt: new Date().toISOString(), attempts: attempts + 1 } });
      return;
    }
    const next = attempts + 1;
    if (next >= MAX_ATTEMPTS) {
      this.logger.error({ webhookId: id, status: result.status }, 'sandbox gave up delivering a webhook');
      await this.route.webhooks.update({ id }, { $REMOVE: ['pending'], $SET: { attempts: next } });
      return;
    }
    const backoffMs = Math.min(60_000, 500 * 2 ** attempts);
    await this.route.webhooks.update({ id }, { attempts: next, nextAttemptAt: Date.now() + backoffMs });
  }

  private async post(body: string): Promise<DeliveryResult> {
    const base = ownBaseUrl(this.adapterHost);
    try {
      const response = await fetch(`${base}${this.route.path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-signature': signWebhook(this.route.secret, body) },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      const text = await response.text();
      return { status: response.status, body: text ? safeJson(text) : undefined };
    } catch (error) {
      return { status: 0, body: String(error) };
    }
  }
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The table schema every sandbox uses for its outgoing notifications. */
export const OUTGOING_WEBHOOK_SCHEMA_FIELDS = {
  id: { type: String, hashKey: true },
  body: String,
  pending: { type: String, index: { name: 'pending-index', type: 'global' } },
  attempts: Number,
  nextAttemptAt: Number,
  deliveredAt: String,
  createdAt: String,
} as const;
