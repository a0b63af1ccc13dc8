import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import dynamoose from 'dynamoose';
import type { AnyItem } from 'dynamoose/dist/Item.js';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Schema } from 'dynamoose/dist/Schema.js';
import { dataConfig } from '../data.config.js';

/**
 * Modules define their dynamoose models here (in their repositories' constructors); the data
 * module creates the missing tables at boot, before any module starts using them.
 */
@Injectable()
export class DynamoTables {
  private readonly tables: InstanceType<typeof dynamoose.Table>[] = [];

  constructor(@Inject(dataConfig.KEY) private readonly config: ConfigType<typeof dataConfig>) {}

  /** `updateIndexes`: an existing table gains the indexes the schema added since it was created. */
  define<T extends AnyItem>(name: string, schema: Schema, options: { expiresAttribute?: string; updateIndexes?: boolean } = {}): ModelType<T> {
    const model = dynamoose.model<T>(name, schema);
    const table = new dynamoose.Table(name, [model], {
      prefix: this.config.DYNAMODB_TABLE_PREFIX,
      throughput: 'ON_DEMAND',
      initialize: false,
      create: true,
      ...(options.updateIndexes ? { update: ['indexes' as never] } : {}),
      waitForActive: { enabled: true, check: { timeout: 60_000, frequency: 200 } },
      ...(options.expiresAttribute ? { expires: { attribute: options.expiresAttribute, items: { returnExpired: false } } } : {}),
    });
    this.tables.push(table);
    return model;
  }

  private creation?: Promise<void>;

  /**
   * Creates the missing tables once; every caller awaits the same creation. Instances of a fleet
   * starting together race to create the same table: the loser waits for it and goes on.
   */
  ready(): Promise<void> {
    this.creation ??= (async () => {
      for (const table of this.tables) {
        for (let attempt = 1; ; attempt++) {
          try {
            await table.initialize();
            break;
          } catch (error) {
            if ((error as { name?: string }).name !== 'ResourceInUseException' || attempt >= 10) throw error;
            await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
          }
        }
      }
    })();
    return this.creation;
  }

  get names(): string[] {
    return this.tables.map((table) => table.name);
  }
}
