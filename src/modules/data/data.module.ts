import { Global, Inject, Module, OnModuleInit } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { appConfig } from '../../shared/config/index.js';
import { IDEMPOTENCY_STORE, RATE_LIMIT_STORE, rateLimitConfig } from '../../shared/http/index.js';
import { DynamoRateLimitStore } from './infrastructure/persistence/rate-limit-store.js';
import { IdempotencyKeyRepository } from './infrastructure/persistence/idempotency-key.repository.js';
import { dataConfig } from './data.config.js';
import { DynamoConnection } from './infrastructure/dynamo-connection.js';
import { DynamoTables } from './infrastructure/dynamo-tables.js';
import { OutboxFeed } from './infrastructure/persistence/outbox-feed.js';
import { OutboxRelay } from './application/outbox-relay.js';
import { FleetLeases } from './application/fleet-leases.js';
import { LeaseStore } from './infrastructure/persistence/lease-store.js';
import { OUTBOX_MODEL } from './infrastructure/persistence/outbox.tokens.js';
import { UnitOfWork, defineOutbox } from './infrastructure/persistence/unit-of-work.js';
import { GroupCommit } from './infrastructure/persistence/group-commit.js';

/** DynamoDB through dynamoose: the connection, the tables, the outbox, its relay and its feed to the audit log and EventBridge, the API's idempotency keys and the shared rate-limit counters. */
@Global()
@Module({
  imports: [ConfigModule.forFeature(dataConfig), ConfigModule.forFeature(appConfig), ConfigModule.forFeature(rateLimitConfig)],
  providers: [
    {
      provide: DynamoConnection,
      inject: [dataConfig.KEY, appConfig.KEY],
      useFactory: async (data: ConfigType<typeof dataConfig>, app: ConfigType<typeof appConfig>) => {
        const connection = new DynamoConnection(data, app);
        await connection.connect();
        return connection;
      },
    },
    {
      provide: DynamoTables,
      // Depends on the connection so that no model is defined before dynamoose has a client.
      inject: [dataConfig.KEY, DynamoConnection],
      useFactory: (data: ConfigType<typeof dataConfig>) => new DynamoTables(data),
    },
    { provide: OUTBOX_MODEL, inject: [DynamoTables], useFactory: defineOutbox },
    OutboxFeed,
    OutboxRelay,
    UnitOfWork,
    GroupCommit,
    LeaseStore,
    FleetLeases,
    { provide: IDEMPOTENCY_STORE, useClass: IdempotencyKeyRepository },
    {
      provide: RATE_LIMIT_STORE,
      inject: [DynamoConnection, DynamoTables, dataConfig.KEY, rateLimitConfig.KEY],
      useFactory: (connection: DynamoConnection, tables: DynamoTables, data: ConfigType<typeof dataConfig>, limits: ConfigType<typeof rateLimitConfig>) =>
        new DynamoRateLimitStore(connection, tables, data.DYNAMODB_TABLE_PREFIX, limits),
    },
  ],
  exports: [DynamoConnection, DynamoTables, UnitOfWork, GroupCommit, OutboxFeed, FleetLeases, IDEMPOTENCY_STORE, RATE_LIMIT_STORE],
})
export class DataModule implements OnModuleInit {
  constructor(@Inject(DynamoTables) private readonly tables: DynamoTables) {}

  /** Every module defined its models while being constructed; create what is missing before anyone reads. Modules that read in their own onModuleInit await `tables.ready()` first. */
  async onModuleInit(): Promise<void> {
    await this.tables.ready();
  }
}
