import type { TestCustomer } from '../support/customers.js';
import { FaultLedger, atRandomMoment, expectRetryableProblem } from '../support/fault-ledger.js';
import { bearer } from '../support/money.js';
import type { RunningPlatform } from '../support/platform.js';
import { type DatabaseFaultFixture, platformBehindDatabaseProxy } from '../support/database-fault-fixture.js';
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
  let fixture: DatabaseFaultFixture<ThrottlingProxy> | undefined;
  let proxy: ThrottlingProxy;
  let platform: RunningPlatform;
  let alice: TestCustomer;
  let bob: TestCustomer;
  let ledger: FaultLedger;

  beforeAll(async () => {
    fixture = await platformBehindDatabaseProxy((port) => ThrottlingProxy.start(port));
    ({ platform, proxy, ledger, alice, bob } = fixture);
  }, 600_000);

  afterEach(() => proxy?.restore());

  afterAll(() => fixture?.close());

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
