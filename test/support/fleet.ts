import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DynamoDBClient, GetItemCommand, ScanCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import request from 'supertest';
import { AnvilNode } from '../../src/modules/chain/testing.js';
import { DynamoDbLocal } from '../../src/modules/data/testing.js';
import { freePort } from './free-port.js';
import { TEST_ADMIN, TEST_BANK_WEBHOOK_SECRET } from './platform.js';
import { ANVIL_SIGNER_KEYS } from './anvil-keys.js';
import { PlatformProcess } from './platform-process.js';

/** anvil's first development account (funded by the node): the operator's key in the fleet suite. */
const TABLE_PREFIX = 'eurt_';

/**
 * One DynamoDB Local and one anvil, and several platform processes (`dist/main.js`) on them with
 * the same secrets and keys, each with its own DATA_DIR and port: a fleet on one machine.
 */
export class Fleet {
  readonly members: PlatformProcess[] = [];
  private readonly dirs: string[] = [];
  private dynamo?: DynamoDbLocal;
  private anvil?: AnvilNode;
  private db?: DynamoDBClient;
  private next = 0;

  async startEngines(): Promise<void> {
    const dir = this.tempDir('eurt-fleet-engines-');
    this.dynamo = new DynamoDbLocal(dir, await freePort());
    this.anvil = new AnvilNode(dir, await freePort(), 31337);
    await Promise.all([this.dynamo.start(), this.anvil.start()]);
    this.db = new DynamoDBClient({ endpoint: this.dynamo.endpoint, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
  }

  get rpcUrl(): string {
    return (this.anvil as AnvilNode).rpcUrl;
  }

  /** `count` processes sharing the engines, secrets and keys, started at the same moment. */
  async startMembers(count: number, extraEnv: Record<string, string> = {}): Promise<void> {
    const secret = () => randomBytes(32).toString('hex');
    const shared = {
      DYNAMODB_ENDPOINT: (this.dynamo as DynamoDbLocal).endpoint,
      CHAIN_RPC_URL: this.rpcUrl,
      // anvil mines only on demand: waiting for confirmations would wait for blocks nobody makes.
      CHAIN_CONFIRMATIONS: '0',
      // Unused by the members (CHAIN_RPC_URL is set); the suites' helpers read the node's port from it.
      ANVIL_PORT: String((this.anvil as AnvilNode).port),
      ...ANVIL_SIGNER_KEYS,
      CLAIM_SIGNER_PRIVATE_KEY: `0x${secret()}`,
      MASTER_KEY: secret(),
      JWT_SECRET: secret(),
      BANK_WEBHOOK_SECRET: TEST_BANK_WEBHOOK_SECRET,
      ACQUIRER_WEBHOOK_SECRET: secret(),
      KYC_WEBHOOK_SECRET: secret(),
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      AUTH_RATE_LIMIT_PER_MINUTE: '100000',
      API_RATE_LIMIT_PER_MINUTE: '100000',
      LOG_LEVEL: 'warn',
      ...extraEnv,
    };
    for (let index = 0; index < count; index++) {
      const port = String(await freePort());
      this.members.push(new PlatformProcess({ ...shared, DATA_DIR: this.tempDir('eurt-fleet-member-'), PORT: port, INSTANCE_ID: `member-${index}` }));
    }
    await Promise.all(this.members.map((member) => member.start()));
  }

  /** The environment the members share (each adds its own DATA_DIR, PORT and INSTANCE_ID). */
  get env(): Record<string, string> {
    return this.members[0].env;
  }

  get alive(): PlatformProcess[] {
    return this.members.filter((member) => member.running);
  }

  /** The next live member, round-robin: what a load balancer in front of the fleet does. */
  get http() {
    const alive = this.alive;
    const member = alive[this.next++ % alive.length];
    return request(member.baseUrl);
  }

  /** Which member holds a lease now, read from the table (undefined while it is free or expired). */
  async leaseHolder(name: string): Promise<{ holder: string; fence: number; updatedAt: string } | undefined> {
    const { Item } = await (this.db as DynamoDBClient).send(new GetItemCommand({ TableName: `${TABLE_PREFIX}leases`, Key: { name: { S: name } }, ConsistentRead: true }));
    if (!Item || Number(Item.expiresAt.N) < Date.now()) return undefined;
    return { holder: String(Item.holder.S), fence: Number(Item.fence.N), updatedAt: String(Item.updatedAt.S) };
  }

  member(instanceId: string): PlatformProcess {
    return this.members.find((member) => member.env.INSTANCE_ID === instanceId) as PlatformProcess;
  }

  /** Every item of a table, as plain strings and numbers. */
  async scan(table: string): Promise<Record<string, string | number | boolean>[]> {
    const items: Record<string, string | number | boolean>[] = [];
    let start: Record<string, AttributeValue> | undefined;
    do {
      const page = await (this.db as DynamoDBClient).send(new ScanCommand({ TableName: `${TABLE_PREFIX}${table}`, ConsistentRead: true, ExclusiveStartKey: start }));
      for (const item of page.Items ?? []) {
        items.push(Object.fromEntries(Object.entries(item).map(([name, value]) => [name, value.N !== undefined ? Number(value.N) : (value.S ?? value.BOOL ?? '')])) as never);
      }
      start = page.LastEvaluatedKey;
    } while (start);
    return items;
  }

  async stop(): Promise<void> {
    await Promise.all(this.members.map((member) => member.stop()));
    this.db?.destroy();
    await Promise.all([this.dynamo?.stop(), this.anvil?.stop()]);
    for (const dir of this.dirs) rmSync(dir, { recursive: true, force: true });
  }

  private tempDir(prefix: string): string {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    this.dirs.push(dir);
    return dir;
  }
}
