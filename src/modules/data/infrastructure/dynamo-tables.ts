import { Inject, Injectable } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import dynamoose from 'dynamoose';
import type { AnyItem } from 'dynamoose/dist/Item.js';
import type { ModelType } from 'dynamoose/dist/General.js';
import type { Schema } from 'dynamoose/dist/Schema.js';
import { dataConfig } from '../data.config.js';
import Internal from 'dynamoose/dist/Internal.js';

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
        try {
          await table.initialize();
        } catch (error) {
          if ((error as { name?: string }).name !== 'ResourceInUseException') throw error;
          // Another instance created it first: once it is active, set it up again (it exists now).
          await this.untilActive(table.name);
          allowSetupAgain(table);
          await table.initialize();
        }
      }
    })();
    return this.creation;
  }

  private async isActive(name: string): Promise<boolean> {
    try {
      const { Table } = await dynamoose.aws.ddb().describeTable({ TableName: name });
      return Table?.TableStatus === 'ACTIVE' && (Table.GlobalSecondaryIndexes ?? []).every((index) => index.IndexStatus === 'ACTIVE');
    } catch (error) {
      if ((error as { name?: string }).name === 'ResourceNotFoundException') return false;
      throw error;
    }
  }

  /** Another instance is creating `name`: wait until it and its indexes are active. */
  private async untilActive(name: string): Promise<void> {
    for (let attempt = 0; attempt < 300; attempt++) {
      if (await this.isActive(name)) return;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    throw new Error(`table ${name} did not become active`);
  }

  get names(): string[] {
    return this.tables.map((table) => table.name);
  }
}

type DynamooseTable = InstanceType<typeof dynamoose.Table>;

/**
 * dynamoose 4 refuses a second `initialize()` after a failed one (its setup flow stays marked as
 * running), and leaves the table's models waiting for a setup that never finishes: clear the mark.
 */
function allowSetupAgain(table: DynamooseTable): void {
  type Internals = { General?: { internalProperties: symbol }; default?: { General: { internalProperties: symbol } } };
  const general = (Internal as unknown as Internals).General ?? (Internal as unknown as Internals).default?.General;
  if (!general) throw new Error('dynamoose internals changed: cannot set a table up again');
  const internals = (table as unknown as { getInternalProperties(key: symbol): { setupFlowRunning: boolean } }).getInternalProperties(general.internalProperties);
  internals.setupFlowRunning = false;
}
