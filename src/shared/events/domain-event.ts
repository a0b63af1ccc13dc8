import { randomUUID } from 'node:crypto';
import type { IEvent } from '@nestjs/cqrs';

/**
 * A fact a module publishes. Payloads are JSON-safe (amounts as decimal strings), because events
 * travel through the outbox table and may be forwarded to EventBridge.
 */
export abstract class DomainEvent<TPayload extends object = object> implements IEvent {
  readonly eventId: string;
  readonly occurredAt: string;

  constructor(
    readonly aggregateId: string,
    readonly payload: TPayload,
    meta: { eventId?: string; occurredAt?: string } = {},
  ) {
    this.eventId = meta.eventId ?? randomUUID();
    this.occurredAt = meta.occurredAt ?? new Date().toISOString();
  }

  get eventType(): string {
    return eventTypeOf(this.constructor as DomainEventClass);
  }
}

export type DomainEventClass<E extends DomainEvent = DomainEvent> = (new (
  aggregateId: string,
  payload: never,
  meta?: { eventId?: string; occurredAt?: string },
) => E) & { eventType?: string };

const registry = new Map<string, DomainEventClass>();

/** Names an event class on the wire (`bank.credit-received`) so the outbox can rebuild it after a restart. */
export function EventType(type: string): ClassDecorator {
  return (target) => {
    const eventClass = target as unknown as DomainEventClass;
    const existing = registry.get(type);
    if (existing && existing !== eventClass) throw new Error(`Event type ${type} is registered twice`);
    eventClass.eventType = type;
    registry.set(type, eventClass);
  };
}

/** Every event type registered so far (the modules register theirs when loaded). */
export function registeredEventTypes(): string[] {
  return [...registry.keys()].sort();
}

export function eventTypeOf(eventClass: DomainEventClass): string {
  if (!eventClass.eventType) throw new Error(`${eventClass.name} has no @EventType`);
  return eventClass.eventType;
}

export interface SerializedEvent {
  eventId: string;
  eventType: string;
  aggregateId: string;
  occurredAt: string;
  payload: object;
}

export function serializeEvent(event: DomainEvent): SerializedEvent {
  return {
    eventId: event.eventId,
    eventType: event.eventType,
    aggregateId: event.aggregateId,
    occurredAt: event.occurredAt,
    payload: event.payload,
  };
}

export function deserializeEvent(serialized: SerializedEvent): DomainEvent {
  const eventClass = registry.get(serialized.eventType);
  if (!eventClass) throw new Error(`Unknown event type ${serialized.eventType}`);
  return new eventClass(serialized.aggregateId, serialized.payload as never, {
    eventId: serialized.eventId,
    occurredAt: serialized.occurredAt,
  });
}
