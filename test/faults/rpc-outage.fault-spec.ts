import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PublicClient, createPublicClient, http, parseEther } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { AnvilNode } from '../../src/modules/chain/testing.js';
import type { TestCustomer } from '../support/customers.js';
import { FaultLedger, atRandomMoment, expectRetryableProblem } from '../support/fault-ledger.js';
import { freePort } from '../support/free-port.js';
import { bearer } from '../support/money.js';
import { type RunningPlatform, startPlatform } from '../support/platform.js';
import { ANVIL_SIGNER_KEYS } from '../support/anvil-keys.js';
import { TcpProxy } from '../support/tcp-proxy.js';

const OUTAGE_MS = 30_000;
/** Operations of mixed kinds (deposits, transfers, withdrawals) while the fault comes and goes. */
const OPERATIONS = 24;
const PACE_MS = 1_500;

/**
 * The chain node unreachable: a TCP proxy of the test's own between the platform and an anvil
 * node the test runs, cut and restored; then the node itself stopped and started again from its
 * state file. What needs no chain still answers, what needs it is a 503 problem with Retry-After
 * (never a 500), /health/ready says the chain is down, and once the node is back every operation
 * the platform accepted completes exactly once.
 */
describe('faults: the chain node is unreachable for a while', () => {
  const operatorKey = generatePrivateKey();
  const operator = privateKeyToAccount(operatorKey);
  let anvilDir: string;
  let anvilPort: number;
  let anvil: AnvilNode;
  let proxy: TcpProxy;
  let platform: RunningPlatform;
  let alice: TestCustomer;
  let bob: TestCustomer;
  let ledger: FaultLedger;

  beforeAll(async () => {
    anvilDir = mkdtempSync(join(tmpdir(), 'eurt-anvil-'));
    anvilPort = await freePort();
    anvil = new AnvilNode(anvilDir, anvilPort, 31337);
    await anvil.start();
    const chain = createPublicClient({ transport: http(anvil.rpcUrl) }) as PublicClient;
    await chain.request({ method: 'anvil_setBalance' as never, params: [operator.address, `0x${parseEther('1000000').toString(16)}`] as never });
    proxy = await TcpProxy.start(anvilPort);
    // ANVIL_PORT only tells the test helpers where to read the chain directly; the platform goes through the proxy.
    platform = await startPlatform({ CHAIN_RPC_URL: proxy.url, CHAIN_CONFIRMATIONS: '0', ANVIL_PORT: String(anvilPort), ...ANVIL_SIGNER_KEYS, OPERATOR_PRIVATE_KEY: operatorKey, LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'error' });
    ({ ledger, alice, bob } = await FaultLedger.open(platform, anvil.rpcUrl, operator.address));
  }, 600_000);

  // A scenario that fails while the dependency is cut must not leave it cut for the next one.
  afterEach(() => proxy?.restore());

  afterAll(async () => {
    await platform?.close();
    await proxy?.close();
    await anvil?.stop();
    if (anvilDir) rmSync(anvilDir, { recursive: true, force: true });
  });

  it(`fault: the RPC is cut for ${OUTAGE_MS / 1000} s at a random moment of ${OPERATIONS} mixed operations: chain reads are 503 with Retry-After, the rest answers, everything completes once after the restore`, async () => {
    // Paced to run before, during and after the cut, which starts at a random moment of it.
    const load = ledger.mixed(OPERATIONS, 200, PACE_MS);
    load.catch(() => undefined); // awaited below; a failure must not surface as unhandled meanwhile
    await atRandomMoment(8_000);
    proxy.cutOff();
    const cutAt = Date.now();

    const ready = await platform.http.get('/health/ready');
    expectRetryableProblem(ready, 'HEALTH.NOT_READY');
    expect(ready.body.checks?.chain?.status).toBe('down');
    expectRetryableProblem(await platform.http.get('/v1/me/balance').set(bearer(alice)));
    // What needs no chain still answers: the customer's own history; the bank's credits are accepted.
    await platform.http.get('/v1/me/operations').set(bearer(bob)).expect(200);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - (Date.now() - cutAt))));
    proxy.restore();
    const restoredAt = Date.now();
    await load;
    await ledger.expectEverythingCompletedOnce(`chain RPC cut for ${OUTAGE_MS} ms`, restoredAt);
  }, 480_000);

  it('fault: the node is stopped at a random moment of mixed operations and started again from its state file (its pending pool lost): what was signed is broadcast again, nothing twice', async () => {
    const load = ledger.mixed(OPERATIONS, 400, PACE_MS);
    load.catch(() => undefined);
    await atRandomMoment(8_000);
    await anvil.stop();
    const stoppedAt = Date.now();
    expect((await platform.http.get('/health/ready')).status).toBe(503);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 10_000 - (Date.now() - stoppedAt))));
    anvil = new AnvilNode(anvilDir, anvilPort, 31337);
    await anvil.start();
    const restartedAt = Date.now();
    await load;
    await ledger.expectEverythingCompletedOnce('chain node restarted from its state file', restartedAt);
  }, 480_000);
});
