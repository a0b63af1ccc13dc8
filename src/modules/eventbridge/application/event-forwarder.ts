import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { EventBus } from '@nestjs/cqrs';
import { FleetLeases, type LoggedEvent, OutboxFeed, OutboxFeedFollower } from '../../data/index.js';
import { type OutgoingEntry, backoffMs, packBatches } from '../domain/batching.js';
import { detailOf, sourceOf } from '../domain/event-catalog.js';
import { eventBridgeConfig } from '../eventbridge.config.js';
import { type DeliveryState, DeliveryStateRepository } from '../infrastructure/delivery-state.repository.js';
import { EVENT_BUS_PUBLISHER, type EntryResult, type EventBusPublisher } from '../infrastructure/event-bus-publisher.port.js';
import { forwardingMetrics } from './forwarding-metrics.js';

const SWEEP_INTERVAL_MS = 500;
const READ_LIMIT = 500;
const MAX_ROUNDS = 50;

type Outgoing = OutgoingEntry & { event: LoggedEvent };

/**
 * Publishes committed events to EventBridge from the outbox, apart from the in-process bus (which
 * never waits for it): at least once, batched within PutEvents' limits, in order per aggregate
 * (an aggregate's next event goes only after the previous one was accepted), the refused entries
 * alone retried with backoff, and those that keep failing listed for operators.
 */
@Injectable()
export class EventForwarder extends OutboxFeedFollower {
  constructor(
    private readonly feed: OutboxFeed,
    private readonly deliveries: DeliveryStateRepository,
    @Inject(EVENT_BUS_PUBLISHER) private readonly publisher: EventBusPublisher | null,
    @Inject(eventBridgeConfig.KEY) private readonly config: ConfigType<typeof eventBridgeConfig>,
    eventBus: EventBus,
    leases: FleetLeases,
  ) {
    // One instance of the fleet forwards (the one on duty): N would read the same outbox rows.
    super(eventBus, { intervalMs: SWEEP_INTERVAL_MS, wakeDelayMs: 100, onDuty: () => leases.onDuty });
  }

  protected isEnabled(): boolean {
    return this.publisher !== null;
  }

  protected async catchUp(): Promise<boolean> {
    for (let round = 0; round < MAX_ROUNDS && !this.isStopped; round++) {
      const accepted = await this.forwardRound();
      if (accepted === 0) return round > 0;
    }
    return true;
  }

  /** Sends the oldest unpublished event of every aggregate that is due; returns how many were accepted. */
  private async forwardRound(): Promise<number> {
    const events = await this.feed.unacknowledged('eventbridge', READ_LIMIT);
    if (events.length === 0) return 0;
    const states = await this.deliveries.many(events.map((event) => event.eventId));
    const now = Date.now();
    const heads = new Map<string, LoggedEvent>();
    for (const event of events) if (!heads.has(event.aggregateId)) heads.set(event.aggregateId, event);

    const unpublishable: string[] = [];
    const outgoing: Outgoing[] = [];
    for (const event of heads.values()) {
      const state = states.get(event.eventId);
      if (state && Date.parse(state.nextAttemptAt) > now) continue; // backing off; later events of this aggregate wait too
      const detail = detailOf(event);
      if (!detail) {
        unpublishable.push(event.eventId);
        continue;
      }
      outgoing.push({ event, eventId: event.eventId, Source: sourceOf(event.eventType), DetailType: event.eventType, Detail: detail, Time: new Date(event.occurredAt) });
    }
    if (unpublishable.length) {
      this.logger.error({ eventIds: unpublishable }, 'events without a catalog entry are not published');
      await this.feed.acknowledge('eventbridge', unpublishable);
    }

    const { batches, oversized } = packBatches(outgoing);
    for (const entry of oversized) await this.recordFailure(entry.event, states.get(entry.eventId), 'EntryTooLarge', now);
    let accepted = 0;
    for (const batch of batches) {
      let results: EntryResult[];
      try {
        forwardingMetrics.calls.inc();
        results = await (this.publisher as EventBusPublisher).putEvents(batch);
      } catch (error) {
        this.logger.warn({ err: error, entries: batch.length }, 'PutEvents call failed');
        results = batch.map(() => ({ ok: false, errorCode: (error as { name?: string }).name ?? 'CallFailed' }));
      }
      const delivered = batch.filter((_, index) => results[index].ok).map((entry) => entry.eventId);
      await this.feed.acknowledge('eventbridge', delivered);
      await this.deliveries.forget(delivered.filter((eventId) => states.has(eventId)));
      forwardingMetrics.published.inc(delivered.length);
      accepted += delivered.length;
      for (const [index, result] of results.entries()) {
        if (!result.ok) await this.recordFailure(batch[index].event, states.get(batch[index].eventId), result.errorCode, now);
      }
    }
    if (states.size || oversized.length) forwardingMetrics.failing.set((await this.deliveries.failing(1000)).length);
    return accepted;
  }

  private async recordFailure(event: LoggedEvent, previous: DeliveryState | undefined, errorCode: string, now: number): Promise<void> {
    forwardingMetrics.refused.inc({ error_code: errorCode });
    const attempts = (previous?.attempts ?? 0) + 1;
    await this.deliveries.save({
      eventId: event.eventId,
      eventType: event.eventType,
      aggregateId: event.aggregateId,
      occurredAt: event.occurredAt,
      attempts,
      nextAttemptAt: new Date(now + backoffMs(attempts)).toISOString(),
      lastError: errorCode,
      failing: attempts >= this.config.EVENTBRIDGE_FAILING_AFTER_ATTEMPTS,
    });
  }
}
