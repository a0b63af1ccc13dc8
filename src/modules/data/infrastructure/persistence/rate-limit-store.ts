import dynamoose from 'dynamoose';
import { RateLimiterDynamo } from 'rate-limiter-flexible';
import type { RateLimitConfig, RateLimitStore } from '../../../../shared/http/index.js';
import type { DynamoConnection } from '../dynamo-connection.js';
import type { DynamoTables } from '../dynamo-tables.js';

const TABLE = 'rate_limits';

/**
 * rate-limiter-flexible's DynamoDB store on a table created like every other one, without a TTL
 * (two instances enabling it at once race in DynamoDB; an expired counter is overwritten in place; the library
 * neither creates it nor sets its TTL). Counters are atomic updates, so every instance counts
 * together. Keys arrive hashed (a blind index of the address group or the account).
 */
export class DynamoRateLimitStore implements RateLimitStore {
  private readonly tableName: string;

  constructor(
    private readonly connection: DynamoConnection,
    tables: DynamoTables,
    tablePrefix: string,
    readonly budgets: RateLimitConfig,
  ) {
    tables.define(TABLE, new dynamoose.Schema({ key: { type: String, hashKey: true }, points: Number }, { saveUnknown: false }));
    this.tableName = `${tablePrefix}${TABLE}`;
  }

  limiter(keyPrefix: string, pointsPerMinute: number): RateLimiterDynamo {
    return new RateLimiterDynamo({
      storeClient: this.connection.client,
      tableName: this.tableName,
      tableCreated: true,
      ttlSet: true,
      keyPrefix,
      points: pointsPerMinute,
      duration: 60,
    });
  }
}
