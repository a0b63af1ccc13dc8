export { DataModule } from './data.module.js';
export { DynamoConnection } from './infrastructure/dynamo-connection.js';
export { DynamoTables } from './infrastructure/dynamo-tables.js';
export { UnitOfWork, isConditionFailure, isDataConflict, type WriteItem } from './outbox/unit-of-work.js';
export { OutboxFeed, type LoggedEvent, type OutboxConsumer } from './outbox/outbox-feed.js';
export { dataConfig, type DataConfig } from './data.config.js';
