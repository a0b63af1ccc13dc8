export { DataModule } from './data.module.js';
export { DynamoConnection } from './infrastructure/dynamo-connection.js';
export { DynamoTables } from './infrastructure/dynamo-tables.js';
export { UnitOfWork, isConditionFailure, isDataConflict, type WriteItem } from './infrastructure/persistence/unit-of-work.js';
export { WebhookReceiptStore } from './infrastructure/persistence/webhook-receipt-store.js';
export { OutboxFeed, type LoggedEvent, type OutboxConsumer } from './infrastructure/persistence/outbox-feed.js';
export { dataConfig, type DataConfig } from './data.config.js';
export { FleetLeases } from './application/fleet-leases.js';
export type { LeaseKeeper, LeaseHandlers } from './application/lease-keeper.js';
