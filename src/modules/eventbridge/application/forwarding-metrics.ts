import { Counter, Gauge, register } from 'prom-client';

function metric<T>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

/** Prometheus figures of the EventBridge forwarding, on /metrics. */
export const forwardingMetrics = {
  published: metric('eurt_eventbridge_entries_published_total', () => new Counter({ name: 'eurt_eventbridge_entries_published_total', help: 'Events EventBridge accepted' })),
  refused: metric(
    'eurt_eventbridge_entries_failed_total',
    () => new Counter({ name: 'eurt_eventbridge_entries_failed_total', help: 'Entries EventBridge refused or calls that failed, by error code', labelNames: ['error_code'] }),
  ),
  calls: metric('eurt_eventbridge_put_events_calls_total', () => new Counter({ name: 'eurt_eventbridge_put_events_calls_total', help: 'PutEvents calls made' })),
  failing: metric('eurt_eventbridge_failing_events', () => new Gauge({ name: 'eurt_eventbridge_failing_events', help: 'Events that kept failing (listed at GET /v1/admin/event-forwarding/failures)' })),
};
