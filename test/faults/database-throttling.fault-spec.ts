import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { DynamoDbLocal } from '../../src/modules/data/testing.js';
import type { TestCustomer } from '../support/customers.js';
import { FaultLedger, atRandomMoment, expectRetryableProblem } from '../support/fault-ledger.js';
import { freePort } from '../support/free-port.js';
import { bearer } from '../support/money.js';
import { type RunningPlatform, startPlatform } from '../support/platform.js';
import { ThrottlingProxy } from '../support/throttling-proxy.js';

const THROTTLED_MS = 60_000;
const THROTTLE_EVERY = 10;
/** Operations of mixed kinds (deposits, transfers, withdrawals), paced to span the throttled minute. */
const OPERATIONS = 30;
const PACE_MS = 1_500;

/**
 * DynamoDB throttling: an HTTP proxy of the test's own in front of DynamoDB Local answers every
 * tenth call with DynamoDB's throttling errors for a minute. The SDK retries them with backoff, so
 * customers see no error; whatever surfaced would be a 503 problem with Retry-After (never a 500),
 * and every accepted operation completes exactly once.
 */
describe('faults: DynamoDB throttles every tenth call for a minute', () => {
  const operatorKey = generatePrivateKey();
  const operator = privateKeyToAccount(operatorKey);
  let dynamoDir: string;
  let dynamo: DynamoDbLocal;
  let proxy: ThrottlingProxy;
  let platform: RunningPlatform;
  let alice: TestCustomer;
  let bob: TestCustomer;
  let ledger: FaultLedger;

  beforeAll(async () => {
    dynamoDir = mkdtempSync(join(tmpdir(), 'eurt-dynamo-'));
    dynamo = new DynamoDbLocal(dynamoDir, await freePort());
    await dynamo.start();
    proxy = await ThrottlingProxy.start(dynamo.port);
    platform = await startPlatform({ DYNAMODB_ENDPOINT: proxy.url, OPERATOR_PRIVATE_KEY: operatorKey, LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'error' });
    ({ ledger, alice, bob } = await FaultLedger.open(platform, `http://127.0.0.1:${platform.env.ANVIL_PORT}`, operator.address));
  }, 600_000);

  afterEach(() => proxy?.restore());

  afterAll(async () => {
    await platform?.close();
    await proxy?.close();
    await dynamo?.stop();
    if (dynamoDir) rmSync(dynamoDir, { recursive: true, force: true });
  });

  it(`fault: every ${THROTTLE_EVERY}th DynamoDB call answered ProvisionedThroughputExceededException / ThrottlingException for ${THROTTLED_MS / 1000} s, from a random moment of ${OPERATIONS} mixed operations: retried with backoff, never a 500, everything completes once`, async () => {
    const load = ledger.mixed(OPERATIONS, 200, PACE_MS);
    load.catch(() => undefined); // awaited below; a failure must not surface as unhandled meanwhile
    await atRandomMoment(5_000);
    proxy.throttleEvery(THROTTLE_EVERY);
    const throttledAt = Date.now();
    // Customers reading meanwhile: answered, or at worst told to retry.
    const answers = new Map<number, number>();
    while (Date.now() - throttledAt < THROTTLED_MS) {
      for (const [customer, path] of [
        [alice, '/v1/me/balance'],
        [bob, '/v1/me/operations'],
      ] as const) {
        const response = await platform.http.get(path).set(bearer(customer));
        answers.set(response.status, (answers.get(response.status) ?? 0) + 1);
        if (response.status !== 200) expectRetryableProblem(response);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    proxy.restore();
    const restoredAt = Date.now();
    await load;
    const throttled = proxy.throttledTotal;
    expect(throttled).toBeGreaterThan(20);
    // The SDK's retries absorb a throttled call before anybody sees it.
    expect([...answers.keys()]).toEqual([200]);
    await ledger.expectEverythingCompletedOnce(`every ${THROTTLE_EVERY}th DynamoDB call throttled for ${THROTTLED_MS} ms`, restoredAt);
    console.log(
      `[fault] throttling: ${throttled} of ${throttled + proxy.forwarded} DynamoDB calls answered with a throttling error (${JSON.stringify(Object.fromEntries(proxy.throttled))}); reads meanwhile ${JSON.stringify(Object.fromEntries(answers))}`,
    );
  }, 480_000);
});
