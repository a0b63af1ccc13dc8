import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type PublicClient, createPublicClient, http, parseEther } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { AnvilNode } from '../../src/modules/chain/testing.js';
import { adminSession } from '../support/client.js';
import { type TestCustomer, onboardCustomer } from '../support/customers.js';
import { FaultLedger, expectRetryableProblem } from '../support/fault-ledger.js';
import { freePort } from '../support/free-port.js';
import { bearer, fund } from '../support/money.js';
import { type RunningPlatform, startPlatform } from '../support/platform.js';
import { ANVIL_SIGNER_KEYS } from '../support/anvil-keys.js';
import { TcpProxy } from '../support/tcp-proxy.js';

const OUTAGE_MS = 20_000;
const OPERATIONS_BEFORE = 12;
const OPERATIONS_DURING = 10;
const TRANSFER_AMOUNT = 100n;

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

  /** Deposits and transfers in turn, at a random pace, as customers and the bank would. */
  async function mixedOperations(count: number, firstAmount: number): Promise<void> {
    for (let index = 0; index < count; index++) {
      if (index % 2 === 0) await ledger.deposit(index % 4 === 0 ? alice : bob, BigInt(firstAmount + index));
      else await ledger.transfer(alice, bob, TRANSFER_AMOUNT);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * 500)));
  }

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
    [alice, bob] = [await onboardCustomer(platform), await onboardCustomer(platform)];
    await fund(platform, alice, 10_000n);
    const tokenAddress = (await platform.http.get('/v1/token').expect(200)).body.address;
    ledger = new FaultLedger(platform, await adminSession(platform), chain, tokenAddress, operator.address, [alice, bob]);
    ledger.credited(alice, 10_000n);
  }, 600_000);

  // A scenario that fails while the dependency is cut must not leave it cut for the next one.
  afterEach(() => proxy?.restore());

  afterAll(async () => {
    await platform?.close();
    await proxy?.close();
    await anvil?.stop();
    if (anvilDir) rmSync(anvilDir, { recursive: true, force: true });
  });

  it('fault: the RPC is cut in the middle of deposits and transfers: chain reads are 503 with Retry-After, the rest answers, everything completes once after the restore', async () => {
    await mixedOperations(OPERATIONS_BEFORE, 200);
    proxy.cutOff();
    const cutAt = Date.now();

    const ready = await platform.http.get('/health/ready');
    expectRetryableProblem(ready, 'HEALTH.NOT_READY');
    expect(ready.body.checks?.chain?.status).toBe('down');
    expectRetryableProblem(await platform.http.get('/v1/me/balance').set(bearer(alice)));
    // What needs no chain still answers: the customer's own history; the bank's credits are accepted.
    await platform.http.get('/v1/me/operations').set(bearer(bob)).expect(200);
    await mixedOperations(OPERATIONS_DURING, 300);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, OUTAGE_MS - (Date.now() - cutAt))));
    proxy.restore();
    await ledger.expectEverythingCompletedOnce(`chain RPC cut for ${OUTAGE_MS} ms`, Date.now());
  }, 420_000);

  it('fault: the node is stopped and started again from its state file (its pending pool lost) in the middle of deposits and transfers: what was signed is broadcast again, nothing twice', async () => {
    await mixedOperations(OPERATIONS_BEFORE, 400);
    await anvil.stop();
    for (let index = 0; index < OPERATIONS_DURING; index++) expect(await ledger.deposit(index % 2 === 0 ? alice : bob, BigInt(500 + index))).toBe(true);
    expect((await platform.http.get('/health/ready')).status).toBe(503);
    anvil = new AnvilNode(anvilDir, anvilPort, 31337);
    await anvil.start();
    await ledger.expectEverythingCompletedOnce('chain node restarted from its state file', Date.now());
  }, 420_000);
});
