import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { DynamoDbLocal } from '../../src/modules/data/testing.js';
import type { TestCustomer } from './customers.js';
import { FaultLedger } from './fault-ledger.js';
import { freePort } from './free-port.js';
import { type RunningPlatform, startPlatform } from './platform.js';

/** A proxy of the test's own in front of the database, that it can break and restore. */
interface DatabaseProxy {
  readonly url: string;
  restore(): void;
  close(): Promise<void>;
}

export interface DatabaseFaultFixture<P extends DatabaseProxy> {
  platform: RunningPlatform;
  proxy: P;
  ledger: FaultLedger;
  alice: TestCustomer;
  bob: TestCustomer;
  close(): Promise<void>;
}

/**
 * A DynamoDB Local the test runs, `startProxy`'s proxy in front of it, and the platform (embedded
 * anvil) reaching the database only through the proxy, with two funded customers and the ledger.
 */
export async function platformBehindDatabaseProxy<P extends DatabaseProxy>(startProxy: (databasePort: number) => Promise<P>): Promise<DatabaseFaultFixture<P>> {
  const operatorKey = generatePrivateKey();
  const dynamoDir = mkdtempSync(join(tmpdir(), 'eurt-dynamo-'));
  const dynamo = new DynamoDbLocal(dynamoDir, await freePort());
  await dynamo.start();
  const proxy = await startProxy(dynamo.port);
  const platform = await startPlatform({ DYNAMODB_ENDPOINT: proxy.url, OPERATOR_PRIVATE_KEY: operatorKey, LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'error' });
  const { ledger, alice, bob } = await FaultLedger.open(platform, `http://127.0.0.1:${platform.env.ANVIL_PORT}`, privateKeyToAccount(operatorKey).address);
  return {
    platform,
    proxy,
    ledger,
    alice,
    bob,
    async close() {
      await platform.close();
      await proxy.close();
      await dynamo.stop();
      rmSync(dynamoDir, { recursive: true, force: true });
    },
  };
}
