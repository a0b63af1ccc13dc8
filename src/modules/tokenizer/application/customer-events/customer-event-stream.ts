import { Injectable, type MessageEvent, OnApplicationShutdown } from '@nestjs/common';
import { Observable, Subject, filter, interval, map, merge, of, takeUntil } from 'rxjs';

/** What the app is told: something about this operation (or the customer's KYC) changed; it reads the current state itself. */
export interface CustomerUpdate {
  kind: 'operation' | 'kyc';
  /** The domain event behind it, e.g. `tokenizer.transfer-completed`. */
  event: string;
  operationId?: string;
  operationType?: 'deposit' | 'topup' | 'transfer' | 'withdrawal';
  occurredAt: string;
}

const HEARTBEAT_MS = 20_000;

/**
 * Live updates per signed-in customer, for the server-sent events stream. Only hints travel
 * (ids and event names, never amounts or personal data): the outbox relay delivers events at
 * least once, so a duplicate hint only makes the app read the same state again.
 */
@Injectable()
export class CustomerEventStream implements OnApplicationShutdown {
  private readonly updates = new Subject<{ customerId: string; update: CustomerUpdate }>();
  private readonly closing = new Subject<void>();

  push(customerIds: (string | undefined)[], update: CustomerUpdate): void {
    for (const customerId of new Set(customerIds)) if (customerId) this.updates.next({ customerId, update });
  }

  /** The stream one connection receives: `ready` first, the customer's updates, a heartbeat that keeps proxies from closing it. */
  of(customerId: string): Observable<MessageEvent> {
    const updates = this.updates.pipe(
      filter((entry) => entry.customerId === customerId),
      map(({ update }): MessageEvent => ({ type: update.kind, id: `${update.event}:${update.operationId ?? ''}:${update.occurredAt}`, data: update })),
    );
    const heartbeat = interval(HEARTBEAT_MS).pipe(map((): MessageEvent => ({ type: 'heartbeat', data: {} })));
    return merge(of<MessageEvent>({ type: 'ready', data: {} }), updates, heartbeat).pipe(takeUntil(this.closing));
  }

  onApplicationShutdown(): void {
    this.closing.next();
    this.closing.complete();
  }
}
