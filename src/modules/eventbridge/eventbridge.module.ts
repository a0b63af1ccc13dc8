import { Module } from '@nestjs/common';
import { ConfigModule, type ConfigType } from '@nestjs/config';
import { AdminEventForwardingController } from './api/admin-event-forwarding.controller.js';
import { EventForwarder } from './application/event-forwarder.js';
import { eventBridgeConfig } from './eventbridge.config.js';
import { DeliveryStateRepository } from './infrastructure/delivery-state.repository.js';
import { EVENT_BUS_PUBLISHER } from './infrastructure/event-bus-publisher.port.js';
import { EventBridgePublisher } from './infrastructure/eventbridge-publisher.js';

/** Forwards committed events to Amazon EventBridge when EVENTBRIDGE_BUS_NAME is set (the forwarder idles otherwise). */
@Module({
  imports: [ConfigModule.forFeature(eventBridgeConfig)],
  controllers: [AdminEventForwardingController],
  providers: [
    DeliveryStateRepository,
    EventForwarder,
    {
      provide: EVENT_BUS_PUBLISHER,
      inject: [eventBridgeConfig.KEY],
      useFactory: (config: ConfigType<typeof eventBridgeConfig>) =>
        config.EVENTBRIDGE_BUS_NAME ? new EventBridgePublisher({ ...config, EVENTBRIDGE_BUS_NAME: config.EVENTBRIDGE_BUS_NAME }) : null,
    },
  ],
})
export class EventBridgeModule {}
