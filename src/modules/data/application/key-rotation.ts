import type { AttributeValue, DynamoDB } from '@aws-sdk/client-dynamodb';
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENVELOPE_PATTERN, type EnvelopeCipher } from '../../../shared/crypto/index.js';

/** What one rotation pass saw: envelopes rewrapped now, already current, and left behind (v1 without an id, or a key not configured). */
export interface RotationTally {
  rewrapped: number;
  current: number;
  legacy: number;
  unreadable: number;
  /** Rewraps lost to a concurrent write by the platform (which writes under the current key anyway). */
  raced: number;
}

const emptyTally = (): RotationTally => ({ rewrapped: 0, current: 0, legacy: 0, unreadable: 0, raced: 0 });

/**
 * Rewraps, under the cipher's current master key, the data key of every envelope in every table
 * with the prefix and in DATA_DIR/secrets, while the platform keeps running: each item is updated
 * only if the attribute still holds the envelope read (a concurrent write wins; it is current).
 * Only the wrapped data key changes: the sealed value, the blind indexes and the records stay.
 */
export class KeyRotation {
  constructor(
    private readonly cipher: EnvelopeCipher,
    private readonly dynamo: DynamoDB,
    private readonly tablePrefix: string,
  ) {}

  async rotateTables(): Promise<Record<string, RotationTally>> {
    const tallies: Record<string, RotationTally> = {};
    for (const table of await this.tables()) tallies[table] = await this.rotateTable(table);
    return tallies;
  }

  rotateFiles(dataDir: string): RotationTally {
    const tally = emptyTally();
    const dir = join(dataDir, 'secrets');
    let names: string[];
    try {
      names = readdirSync(dir).filter((name) => name.endsWith('.enc'));
    } catch {
      return tally;
    }
    for (const name of names) {
      const file = join(dir, name);
      const envelope = readFileSync(file, 'utf8').trim();
      const next = this.next(envelope, tally);
      if (next === undefined) continue;
      // A new file renamed over the old: a reader sees one whole envelope or the other.
      writeFileSync(`${file}.rotating`, next, { mode: 0o600 });
      renameSync(`${file}.rotating`, file);
    }
    return tally;
  }

  private async rotateTable(table: string): Promise<RotationTally> {
    const tally = emptyTally();
    const keyNames = ((await this.dynamo.describeTable({ TableName: table })).Table?.KeySchema ?? []).map((key) => key.AttributeName!);
    let startKey: Record<string, AttributeValue> | undefined;
    do {
      const page = await this.dynamo.scan({ TableName: table, ExclusiveStartKey: startKey, ConsistentRead: true });
      for (const item of page.Items ?? []) await this.rotateItem(table, keyNames, item, tally);
      startKey = page.LastEvaluatedKey;
    } while (startKey);
    return tally;
  }

  private async rotateItem(table: string, keyNames: string[], item: Record<string, AttributeValue>, tally: RotationTally): Promise<void> {
    for (const [attribute, value] of Object.entries(item)) {
      if (keyNames.includes(attribute) || value.S === undefined) continue;
      const next = this.next(value.S, tally);
      if (next === undefined) continue;
      try {
        await this.dynamo.updateItem({
          TableName: table,
          Key: Object.fromEntries(keyNames.map((name) => [name, item[name]])),
          UpdateExpression: 'SET #attribute = :next',
          ConditionExpression: '#attribute = :read',
          ExpressionAttributeNames: { '#attribute': attribute },
          ExpressionAttributeValues: { ':next': { S: next }, ':read': { S: value.S } },
        });
      } catch (error) {
        if ((error as { name?: string }).name !== 'ConditionalCheckFailedException') throw error;
        tally.rewrapped -= 1;
        tally.raced += 1;
      }
    }
  }

  /** The rewrapped envelope, or undefined when the value is no envelope, already current, or cannot be rewrapped (tallied). */
  private next(value: string, tally: RotationTally): string | undefined {
    if (!ENVELOPE_PATTERN.test(value)) return undefined;
    const keyId = this.cipher.keyIdOf(value);
    if (keyId === undefined) {
      tally.legacy += 1;
      return undefined;
    }
    if (keyId === this.cipher.currentKeyId) {
      tally.current += 1;
      return undefined;
    }
    try {
      const next = this.cipher.rewrap(value);
      tally.rewrapped += 1;
      return next;
    } catch {
      tally.unreadable += 1;
      return undefined;
    }
  }

  private async tables(): Promise<string[]> {
    const names: string[] = [];
    let start: string | undefined;
    do {
      const page = await this.dynamo.listTables({ ExclusiveStartTableName: start });
      names.push(...(page.TableNames ?? []).filter((name) => name.startsWith(this.tablePrefix)));
      start = page.LastEvaluatedTableName;
    } while (start);
    return names;
  }
}
