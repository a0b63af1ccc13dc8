import type { TestCustomer } from '../support/customers.js';
import { FaultLedger, atRandomMoment, expectRetryableProblem } from '../support/fault-ledger.js';
import { bearer } from '../support/money.js';
import type { RunningPlatform } from '../support/platform.js';
import { type DatabaseFaultFixture, platformBehindDatabaseProxy } from '../support/database-fault-fixture.js';
import { TcpProxy } from '../support/tcp-proxy.js';

const OUTAGE_MS = 30_000;
/** Operations of mixed kinds (deposits, transfers, withdrawals) while the fault comes and goes. */
const OPERATIONS = 24;
const PACE_MS = 1_500;
/** Shorter than the signing lease's term: the signer keeps its lease, so no take-over resumes what the cut left behind. */
const BLIP_MS = 2_500;
const BLIPS = 4;
const OPERATIONS_PER_BLIP = 6;

/**
 * DynamoDB unreachable: a TCP proxy of the test's own between the platform and a DynamoDB Local
 * the test runs, cut for a while and restored, in the middle of deposits and transfers. HTTP
 * answers are 503 problem documents with Retry-After (never a 500), /health/ready says the
 * database is down, an operation refused meanwhile changes nothing, and the work accepted before
 * completes exactly once when the database is back.
 */
describe('faults: DynamoDB is unreachable for a while', () => {
  let fixture: DatabaseFaultFixture<TcpProxy> | undefined;
  let proxy: TcpProxy;
  let platform: RunningPlatform;
  let bob: TestCustomer;
  let ledger: FaultLedger;

  beforeAll(async () => {
    fixture = await platformBehindDatabaseProxy((port) => TcpProxy.start(port));
    ({ platform, proxy, ledger, bob } = fixture);
  }, 600_000);

  // A scenario that fails while the dependency is cut must not leave it cut for the next one.
  afterEach(() => proxy?.restore());

  afterAll(() => fixture?.close());

  it(`fault: the database refuses connections for ${OUTAGE_MS / 1000} s at a random moment of ${OPERATIONS} mixed operations: 503 with Retry-After, not ready, nothing half-done, the work resumes on its own`, async () => {
    // Refused (a retryable 503) or accepted: the ledger counts only what was accepted, and checks it all later.
    // Paced to run before, during and after the outage, which starts at a random moment of it.
    const load = ledger.mixed(OPERATIONS, 200, PACE_MS);
    load.catch(() => undefined); // awaited below; a failure must not surface as unhandled meanwhile
    await atRandomMoment(8_000);
    proxy.cutOff();
    const cutAt = Date.now();

    const ready = await platform.http.get('/health/ready');
    expectRetryableProblem(ready, 'HEALTH.NOT_READY');
    expect(ready.body.checks?.dynamodb?.status).toBe('down');
    expectRetryableProblem(await platform.http.get('/v1/me/operations').set(bearer(bob)));
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - (Date.now() - cutAt))));
    proxy.restore();
    const restoredAt = Date.now();
    await load;
    await ledger.expectEverythingCompletedOnce(`DynamoDB refusing connections for ${OUTAGE_MS} ms`, restoredAt);
  }, 480_000);

  it('fault: short database blips while mints, transfer batches and payouts are in flight (the signer keeps its lease): every accepted operation completes once', async () => {
    for (let blip = 0; blip < BLIPS; blip++) {
      await ledger.mixed(OPERATIONS_PER_BLIP, 400 + blip * 10);
      // A cut in the middle of the background work those requests started (deliveries, batches, signing, settlement, payouts).
      await atRandomMoment(400);
      proxy.cutOff();
      await new Promise((resolve) => setTimeout(resolve, BLIP_MS));
      proxy.restore();
    }
    await ledger.expectEverythingCompletedOnce(`${BLIPS} DynamoDB blips of ${BLIP_MS} ms`, Date.now());
  }, 420_000);
});
