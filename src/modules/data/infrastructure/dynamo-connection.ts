import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import dynamoose from 'dynamoose';
import { appConfig } from '../../../shared/config/index.js';
import { dataConfig } from '../data.config.js';
import { DynamoDbLocal } from './dynamodb-local.js';
import { instrumentDynamoClient } from './dynamo-metrics.js';
import { tuneDynamoose } from './dynamoose-tuning.js';

type DynamoClient = InstanceType<typeof dynamoose.aws.ddb.DynamoDB>;

/** Points dynamoose at real DynamoDB (DYNAMODB_ENDPOINT or AWS defaults) or at an embedded DynamoDB Local. */
@Injectable()
export class DynamoConnection implements OnApplicationShutdown {
  private readonly logger = new Logger(DynamoConnection.name);
  private local?: DynamoDbLocal;
  client!: DynamoClient;

  constructor(
    @Inject(dataConfig.KEY) private readonly config: ConfigType<typeof dataConfig>,
    @Inject(appConfig.KEY) private readonly app: ConfigType<typeof appConfig>,
  ) {}

  async connect(): Promise<void> {
    let endpoint = this.config.DYNAMODB_ENDPOINT;
    if (!endpoint) {
      this.local = new DynamoDbLocal(this.app.DATA_DIR, this.config.DYNAMODB_PORT);
      await this.local.start();
      endpoint = this.local.endpoint;
      this.logger.log({ endpoint }, 'embedded DynamoDB Local started');
    }
    const isLocal = /^https?:\/\/(127\.0\.0\.1|localhost|\[::1\])/.test(endpoint);
    this.client = new dynamoose.aws.ddb.DynamoDB({
      endpoint,
      region: this.config.AWS_REGION,
      // Throttling (ProvisionedThroughputExceeded, ThrottlingException) is retried with a longer backoff base than other errors.
      retryMode: 'standard',
      maxAttempts: this.config.DYNAMODB_MAX_ATTEMPTS,
      // DynamoDB Local accepts any credentials; real DynamoDB uses the default AWS provider chain.
      ...(isLocal ? { credentials: { accessKeyId: 'local', secretAccessKey: 'local' } } : {}),
    });
    instrumentDynamoClient(this.client);
    tuneDynamoose();
    dynamoose.aws.ddb.set(this.client);
  }

  async ping(): Promise<void> {
    await this.client.listTables({ Limit: 1 });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.local?.stop();
  }
}
