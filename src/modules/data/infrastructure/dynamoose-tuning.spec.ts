import { createRequire } from 'node:module';
import dynamoose from 'dynamoose';
import type { Schema } from 'dynamoose/dist/Schema.js';
import { auditEntrySchema } from '../../audit/infrastructure/persistence/audit-log.model.js';
import { chainTransactionSchema } from '../../chain/infrastructure/persistence/chain-transaction.model.js';
import { customerSchema } from '../../customers/infrastructure/persistence/customer.model.js';
import { walletSchema } from '../../custody/infrastructure/persistence/wallet.model.js';
import { transferSchema } from '../../tokenizer/infrastructure/persistence/transfer.model.js';
import { outboxSchema } from './persistence/outbox.model.js';
import { restoreDynamoose, tuneDynamoose } from './dynamoose-tuning.js';

const require = createRequire(import.meta.url);

type Lookup = (key: string, settings?: object) => unknown;

const schemas: Record<string, Schema> = { transferSchema, chainTransactionSchema, walletSchema, outboxSchema, auditEntrySchema, customerSchema };

/** What a type lookup answers, functions included by what they say of sample values. */
function described(answer: unknown): unknown {
  const samples = ['text', 42, true, { a: 1 }, [1], null, undefined, new Date(0)];
  const one = (details: Record<string, unknown>) => ({
    ...JSON.parse(JSON.stringify(details)),
    isOfType: samples.map((sample) => (details.isOfType as ((value: unknown, type: string) => unknown) | undefined)?.(sample, 'toDynamo')),
  });
  return Array.isArray(answer) ? answer.map(one) : one(answer as Record<string, unknown>);
}

function outcome(lookup: () => unknown): unknown {
  try {
    return { answer: described(lookup()) };
  } catch (error) {
    return { threw: (error as Error).message };
  }
}

const transfer = {
  id: 'tr_1',
  origin: 'api',
  senderId: 'cus_1',
  senderWallet: '0x1',
  recipientWallet: '0x2',
  amount: '1250',
  currency: 'EUR',
  status: 'pending',
  validBefore: 1_900_000_000,
  history: '[]',
  open: '1',
  createdAt: '2026-12-03T00:00:00.000Z',
  updatedAt: '2026-12-03T00:00:00.000Z',
};

describe('dynamoose tuning', () => {
  afterEach(() => restoreDynamoose());

  it('behavior: every attribute of the platform schemas has the type it had before tuning, asked once or many times; unknown ones still throw', () => {
    const asked = (schema: Schema, key: string, settings?: object) => outcome(() => (schema.getAttributeTypeDetails as Lookup).call(schema, key, settings));
    const keys = (schema: Schema) => [...schema.attributes(), 'history.0', 'no-such-attribute'];
    const untuned = Object.values(schemas).map((schema) => keys(schema).map((key) => [asked(schema, key), asked(schema, key, { standardKey: true })]));
    const lookupBefore = Object.values(schemas)[0].getAttributeTypeDetails;
    tuneDynamoose();
    expect(Object.values(schemas)[0].getAttributeTypeDetails).not.toBe(lookupBefore);
    for (let round = 0; round < 2; round++) {
      const tuned = Object.values(schemas).map((schema) => keys(schema).map((key) => [asked(schema, key), asked(schema, key, { standardKey: true })]));
      expect(tuned).toEqual(untuned);
    }
    expect(JSON.stringify(untuned)).toContain('Invalid Attribute: no-such-attribute');
    expect(JSON.stringify(untuned)).toContain('"name":"Number"');
  });

  it('behavior: an item converts for DynamoDB and back exactly as without tuning, and a wrong type is still refused', async () => {
    const model = dynamoose.model('tuning-transfers', transferSchema, { create: false, waitForActive: { enabled: false } });
    const convert = async () => {
      const toDynamo = await new model(transfer).toDynamo();
      const stored = new (model as unknown as new (item: object, settings: object) => InstanceType<typeof model>)(dynamoose.aws.converter().unmarshall(toDynamo as never), { type: 'fromDynamo' });
      const fromDynamo = await stored.conformToSchema({ type: 'fromDynamo' } as never);
      const refused = await new model({ ...transfer, validBefore: 'soon' })
        .toDynamo()
        .then(() => 'accepted', (error: Error) => error.message);
      return { toDynamo, fromDynamo: { ...fromDynamo }, refused };
    };
    const untuned = await convert();
    tuneDynamoose();
    expect(await convert()).toEqual(untuned);
    expect(await convert()).toEqual(untuned);
    expect(untuned.refused).toMatch(/validBefore/);
  });

  it('behavior: what is a DynamoDB-shaped object is judged as without tuning', () => {
    const { Item } = require('dynamoose/dist/Item.js') as { Item: { isDynamoObject: (object: object, recursive?: boolean) => boolean | null } };
    const samples: [object, boolean?][] = [
      [{}],
      [{ id: { S: 'x' }, amount: { N: '12' } }],
      [{ id: { S: 'x' }, amount: 12 }],
      [{ nested: { M: { a: { S: 'y' }, b: { L: [{ N: '1' }, { BOOL: true }] } } } }],
      [{ empty: { M: {} } }],
      [{ tags: { SS: ['a', 'b'] } }],
      [{ blob: { B: Buffer.from('ab') } }],
      [{ id: 'plain', other: { S: 'x' } }],
      [{ two: { S: 'x', N: '1' } }],
      [{ nothing: null }],
      [{ S: 'x' }, true],
      [{ L: [{ S: 'x' }, 'plain'] }, true],
      [{ notAType: { Q: 'x' } }],
    ];
    const judged = () => samples.map(([object, recursive]) => Item.isDynamoObject(object, recursive));
    const untuned = judged();
    const checkBefore = Item.isDynamoObject;
    tuneDynamoose();
    expect(Item.isDynamoObject).not.toBe(checkBefore);
    expect(judged()).toEqual(untuned);
    expect(untuned).toContain(true);
    expect(untuned).toContain(false);
    expect(untuned).toContain(null);
  });
});
