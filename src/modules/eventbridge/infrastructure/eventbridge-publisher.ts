import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import type { EventBridgeConfig } from '../eventbridge.config.js';
import type { OutgoingEntry } from '../domain/batching.js';
import type { EntryResult, EventBusPublisher } from './event-bus-publisher.port.js';

/** Amazon EventBridge through the AWS SDK: credentials from the standard provider chain, optional endpoint. */
export class EventBridgePublisher implements EventBusPublisher {
  private readonly client: EventBridgeClient;

  constructor(private readonly config: EventBridgeConfig & { EVENTBRIDGE_BUS_NAME: string }) {
    this.client = new EventBridgeClient({ region: config.AWS_REGION, ...(config.EVENTBRIDGE_ENDPOINT ? { endpoint: config.EVENTBRIDGE_ENDPOINT } : {}) });
  }

  async putEvents(entries: OutgoingEntry[]): Promise<EntryResult[]> {
    const result = await this.client.send(
      new PutEventsCommand({
        Entries: entries.map((entry) => ({ EventBusName: this.config.EVENTBRIDGE_BUS_NAME, Source: entry.Source, DetailType: entry.DetailType, Detail: entry.Detail, Time: entry.Time })),
      }),
    );
    const answers = result.Entries ?? [];
    return entries.map((_, index) => {
      const answer = answers[index];
      if (answer?.EventId && !answer.ErrorCode) return { ok: true };
      return { ok: false, errorCode: answer?.ErrorCode ?? 'MissingResult', ...(answer?.ErrorMessage ? { errorMessage: answer.ErrorMessage } : {}) };
    });
  }

  close(): void {
    this.client.destroy();
  }
}
