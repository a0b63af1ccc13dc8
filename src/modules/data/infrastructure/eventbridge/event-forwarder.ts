import { EventBridgeClient, PutEventsCommand } from '@aws-sdk/client-eventbridge';
import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import type { DomainEvent } from '../../../../shared/events/index.js';
import { dataConfig } from '../../data.config.js';

/** Publishes domain events to Amazon EventBridge when EVENTBRIDGE_BUS_NAME is set; otherwise does nothing. */
@Injectable()
export class EventForwarder {
  private readonly client?: EventBridgeClient;

  constructor(@Inject(dataConfig.KEY) private readonly config: ConfigType<typeof dataConfig>) {
    if (config.EVENTBRIDGE_BUS_NAME) this.client = new EventBridgeClient({ region: config.AWS_REGION });
  }

  async forward(event: DomainEvent): Promise<void> {
    if (!this.client) return;
    const result = await this.client.send(
      new PutEventsCommand({
        Entries: [
          {
            EventBusName: this.config.EVENTBRIDGE_BUS_NAME,
            Source: 'eurt.platform',
            DetailType: event.eventType,
            Time: new Date(event.occurredAt),
            Detail: JSON.stringify({ eventId: event.eventId, aggregateId: event.aggregateId, payload: event.payload }),
          },
        ],
      }),
    );
    if (result.FailedEntryCount) throw new Error(`EventBridge refused event ${event.eventId}`);
  }
}
