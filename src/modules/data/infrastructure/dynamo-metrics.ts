import { Counter, Histogram, register } from 'prom-client';

/**
 * Counts every DynamoDB call the platform makes (the AWS SDK client dynamoose uses), by operation
 * and table, with its duration, and estimates the capacity units it would consume on real
 * DynamoDB (on-demand request units): the benchmarks read these from /metrics. Sandbox tables
 * carry `sandbox` in their names so a count can leave them out.
 */
const requests = metric('dynamodb_requests_total', () => new Counter({ name: 'dynamodb_requests_total', help: 'DynamoDB calls by operation and table', labelNames: ['operation', 'table'] }));
const duration = metric('dynamodb_request_duration_seconds', () => new Histogram({
  name: 'dynamodb_request_duration_seconds',
  help: 'DynamoDB call duration by operation',
  labelNames: ['operation'],
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
}));
const capacity = metric('dynamodb_estimated_capacity_units_total', () => new Counter({
  name: 'dynamodb_estimated_capacity_units_total',
  help: 'Estimated read/write request units on real DynamoDB (item sizes from the wire; transactional items count double; an update counts its key and values, a lower bound)',
  labelNames: ['kind', 'table'],
}));

function metric<T>(name: string, create: () => T): T {
  return (register.getSingleMetric(name) as T | undefined) ?? create();
}

type Input = Record<string, any>;
type Output = Record<string, any>;

interface Units {
  table: string;
  read: number;
  write: number;
}

const KB = 1024;
const sizeOf = (value: unknown): number => (value ? Buffer.byteLength(JSON.stringify(value)) : 0);
const writeUnits = (item: unknown, factor = 1): number => factor * Math.max(1, Math.ceil(sizeOf(item) / KB));
const readUnits = (bytes: number, consistent: boolean, factor = 1): number => factor * Math.max(1, Math.ceil(bytes / (4 * KB))) * (consistent || factor > 1 ? 1 : 0.5);

/** The tables a call touches, and the units it would consume there. */
function unitsOf(operation: string, input: Input, output: Output): Units[] {
  switch (operation) {
    case 'PutItem':
      return [{ table: input.TableName, read: 0, write: writeUnits(input.Item) }];
    case 'UpdateItem':
      return [{ table: input.TableName, read: 0, write: writeUnits({ ...input.Key, ...input.ExpressionAttributeValues }) }];
    case 'DeleteItem':
      return [{ table: input.TableName, read: 0, write: 1 }];
    case 'GetItem':
      return [{ table: input.TableName, read: readUnits(sizeOf(output.Item), !!input.ConsistentRead), write: 0 }];
    case 'Query':
    case 'Scan':
      return [{ table: input.TableName, read: readUnits(sizeOf(output.Items), !!input.ConsistentRead), write: 0 }];
    case 'BatchGetItem':
      return Object.entries((output.Responses ?? {}) as Record<string, unknown[]>).map(([table, items]) => ({
        table,
        read: items.reduce<number>((sum, item) => sum + readUnits(sizeOf(item), !!input.RequestItems?.[table]?.ConsistentRead), 0),
        write: 0,
      }));
    case 'BatchWriteItem':
      return Object.entries((input.RequestItems ?? {}) as Record<string, Input[]>).map(([table, writes]) => ({
        table,
        read: 0,
        write: writes.reduce<number>((sum, request) => sum + writeUnits(request.PutRequest?.Item ?? request.DeleteRequest?.Key), 0),
      }));
    case 'TransactWriteItems':
      return (input.TransactItems as Input[]).map((entry) => {
        const put = entry.Put, update = entry.Update, del = entry.Delete, check = entry.ConditionCheck;
        const table = (put ?? update ?? del ?? check).TableName as string;
        const item = put?.Item ?? (update ? { ...update.Key, ...update.ExpressionAttributeValues } : (del ?? check).Key);
        return { table, read: 0, write: writeUnits(item, 2) };
      });
    case 'TransactGetItems':
      return (input.TransactItems as Input[]).map((entry, index) => ({
        table: entry.Get.TableName as string,
        read: readUnits(sizeOf(output.Responses?.[index]?.Item), true, 2),
        write: 0,
      }));
    default:
      return [{ table: input.TableName ?? '-', read: 0, write: 0 }];
  }
}

/** The label of a call's table: a call across several tables names them all, sorted. */
function tableLabel(units: Units[]): string {
  return [...new Set(units.map((entry) => entry.table))].sort().join(',') || '-';
}

interface MiddlewareStack {
  add(middleware: (next: (args: any) => Promise<any>, context: { commandName?: string }) => (args: any) => Promise<any>, options: { step: 'initialize'; name: string }): void;
}

/** Adds the counting middleware to the DynamoDB client every model uses. */
export function instrumentDynamoClient(client: { middlewareStack: MiddlewareStack }): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const operation = (context.commandName ?? 'Unknown').replace(/Command$/, '');
      const stop = duration.startTimer({ operation });
      let output: Output = {};
      try {
        const result = await next(args);
        output = result.output ?? {};
        return result;
      } finally {
        stop();
        const units = unitsOf(operation, args.input ?? {}, output);
        requests.inc({ operation, table: tableLabel(units) });
        for (const entry of units) {
          if (entry.read) capacity.inc({ kind: 'read', table: entry.table }, entry.read);
          if (entry.write) capacity.inc({ kind: 'write', table: entry.table }, entry.write);
        }
      }
    },
    { step: 'initialize', name: 'dynamodbMetrics' },
  );
}
