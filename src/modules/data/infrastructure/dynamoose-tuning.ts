import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

type TypeLookup = (this: object, key: string, settings?: { standardKey?: boolean; typeIndexOptionMap?: Record<string, number> }) => unknown;

interface SchemaPrototype {
  getAttributeTypeDetails: TypeLookup;
  getAttributeValue: TypeLookup;
}

/** Beyond this many distinct attribute paths a schema's answers are no longer kept (a bound, never reached by our schemas). */
const MAX_CACHED_PATHS_PER_SCHEMA = 10_000;

type DynamoObjectCheck = (object: Record<string, unknown>, recursive?: boolean) => boolean | null;

const originals: { getAttributeTypeDetails?: TypeLookup; getAttributeValue?: TypeLookup; ddbCall?: unknown; isDynamoObject?: DynamoObjectCheck } = {};

/**
 * Removes three costs dynamoose pays on every item and every call without changing what it does
 * (issue 14's CPU profile of a transfer run: dynamoose was ~40% of the platform's CPU, and the
 * platform process is what limits the rate; upstream dynamoose/dynamoose#1287, #1719):
 *
 * - A schema's answer to "what is the type of attribute `a.0.b`" is recomputed for every attribute
 *   of every item converted, down to `Function.prototype.toString` of `String` to learn a type's
 *   name. A schema does not change once its model is built, and the answer depends only on the path
 *   and the two settings read here, so each schema keeps its answers. Lookups that throw (unknown
 *   attributes) are not kept, so they throw every time, as before.
 * - Every DynamoDB call is reported at debug level to the optional `dynamoose-logger` package:
 *   request and response are `JSON.stringify`'d with indentation and the absent package is looked
 *   up on disk, twice per call. Without that package installed nothing receives them, so the call
 *   goes straight to the client.
 * - `Item.isDynamoObject` (asked of every item read and every condition value) calls
 *   `require("./Schema")` for every attribute it looks at; that relative require misses Node's
 *   resolve cache under the ESM loader and costs ~5 us each (3% of the platform's CPU in a
 *   transfer run). The same check with Schema looked up once.
 *
 * It reaches into dynamoose 4.2's internals (`Schema.prototype`, `Item.isDynamoObject`, `dist/aws/ddb/internal.js`): an
 * upgrade that moves them fails the boot or dynamoose-tuning.spec.ts, which compares against the
 * untuned behaviour. Idempotent; `restoreDynamoose()` undoes it (tests).
 */
export function tuneDynamoose(): void {
  if (originals.getAttributeTypeDetails) return;
  const prototype = schemaPrototype();
  originals.getAttributeTypeDetails = prototype.getAttributeTypeDetails;
  originals.getAttributeValue = prototype.getAttributeValue;
  prototype.getAttributeTypeDetails = remembered(prototype.getAttributeTypeDetails);
  prototype.getAttributeValue = remembered(prototype.getAttributeValue);
  originals.isDynamoObject = itemClass().isDynamoObject;
  itemClass().isDynamoObject = isDynamoObject;

  if (!isInstalled('dynamoose-logger')) {
    const internal = require('dynamoose/dist/aws/ddb/internal.js') as { default: unknown };
    originals.ddbCall = internal.default;
    internal.default = (instance: { aws: { ddb: () => Record<string, (params: unknown) => Promise<unknown>> } }, method: string, params: unknown) =>
      instance.aws.ddb()[method](params);
  }
}

export function restoreDynamoose(): void {
  if (!originals.getAttributeTypeDetails) return;
  const prototype = schemaPrototype();
  prototype.getAttributeTypeDetails = originals.getAttributeTypeDetails;
  prototype.getAttributeValue = originals.getAttributeValue!;
  if (originals.isDynamoObject) itemClass().isDynamoObject = originals.isDynamoObject;
  if (originals.ddbCall) (require('dynamoose/dist/aws/ddb/internal.js') as { default: unknown }).default = originals.ddbCall;
  originals.getAttributeTypeDetails = originals.getAttributeValue = originals.ddbCall = originals.isDynamoObject = undefined;
}

function remembered(lookup: TypeLookup): TypeLookup {
  // schema -> [by standard key, by key] -> key -> type-index map -> answer. Nested maps, not a
  // concatenated key: this runs for every attribute of every item.
  const answers = new WeakMap<object, [Map<string, Map<string, unknown>>, Map<string, Map<string, unknown>>]>();
  return function (this: object, key, settings = {}) {
    let schemaAnswers = answers.get(this);
    if (!schemaAnswers) answers.set(this, (schemaAnswers = [new Map(), new Map()]));
    const byKey = schemaAnswers[settings.standardKey ? 0 : 1];
    let byIndexMap = byKey.get(key);
    const indexMap = describeIndexMap(settings.typeIndexOptionMap);
    if (byIndexMap?.has(indexMap)) return byIndexMap.get(indexMap);
    const answer = lookup.call(this, key, settings);
    if (!byIndexMap && byKey.size < MAX_CACHED_PATHS_PER_SCHEMA) byKey.set(key, (byIndexMap = new Map()));
    if (byIndexMap && byIndexMap.size < MAX_CACHED_PATHS_PER_SCHEMA) byIndexMap.set(indexMap, answer);
    return answer;
  };
}

/** dynamoose builds one type-index map per item converted and only reads it; an empty one means the same as none. */
const describedIndexMaps = new WeakMap<object, string>();
function describeIndexMap(map: Record<string, number> | undefined): string {
  if (!map) return '';
  let described = describedIndexMaps.get(map);
  if (described === undefined) {
    described = Object.keys(map).length ? JSON.stringify(map) : '';
    describedIndexMaps.set(map, described);
  }
  return described;
}

function schemaPrototype(): SchemaPrototype {
  return (require('dynamoose/dist/Schema.js') as { Schema: { prototype: SchemaPrototype } }).Schema.prototype;
}

function isInstalled(name: string): boolean {
  try {
    require.resolve(name);
    return true;
  } catch {
    return false;
  }
}

interface AttributeTypes {
  findDynamoDBType(key: string): { isSet?: boolean } | undefined;
}

let item: { isDynamoObject: DynamoObjectCheck } | undefined;
function itemClass(): { isDynamoObject: DynamoObjectCheck } {
  item ??= (require('dynamoose/dist/Item.js') as { Item: { isDynamoObject: DynamoObjectCheck } }).Item;
  return item;
}

let attributeTypes: AttributeTypes | undefined;

/** dynamoose 4.2's Item.isDynamoObject, line for line, with `Schema.attributeTypes` looked up once. */
function isDynamoObject(object: Record<string, unknown>, recursive?: boolean): boolean | null {
  attributeTypes ??= (require('dynamoose/dist/Schema.js') as { Schema: { attributeTypes: AttributeTypes } }).Schema.attributeTypes;
  const types = attributeTypes;
  const check = itemClass().isDynamoObject;
  function isValid(value: unknown): boolean {
    if (typeof value === 'undefined' || value === null) return false;
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    const key = keys[0];
    const inner = record[key];
    const nestedResult =
      typeof inner === 'object' && !(inner instanceof Buffer) && !(inner instanceof Uint8Array)
        ? Array.isArray(inner)
          ? inner.every((element) => check(element as Record<string, unknown>, true))
          : check(inner as Record<string, unknown>)
        : true;
    const attributeType = types.findDynamoDBType(key);
    return Boolean(typeof value === 'object' && keys.length === 1 && attributeType && (nestedResult || Object.keys(inner as object).length === 0 || attributeType.isSet));
  }
  const keys = Object.keys(object);
  if (keys.length === 0) return null;
  return recursive ? isValid(object) : Object.values(object).every((value) => isValid(value));
}
