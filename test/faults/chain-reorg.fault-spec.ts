import { type PublicClient, createPublicClient, http } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { type TestCustomer } from '../support/customers.js';
import { FaultLedger, atRandomMoment } from '../support/fault-ledger.js';
import { freePort } from '../support/free-port.js';
import { operationsOf } from '../support/money.js';
import { type RunningPlatform, eventually, startPlatform } from '../support/platform.js';

const CONFIRMATIONS = 2;
const OPERATIONS = 20;
const REORGS = 5;

/**
 * Blocks reorganized away (`anvil_reorg`: the last blocks replaced by empty ones) with
 * CHAIN_CONFIRMATIONS=2: nothing mined is reported complete before its confirmations, a
 * transaction whose block vanished is broadcast again from its raw transaction (never signed
 * twice), and the history counts every movement once.
 */
describe('faults: blocks are reorganized away', () => {
  const operatorKey = generatePrivateKey();
  const operator = privateKeyToAccount(operatorKey);
  // The reserve attester signs with its own key and nonce sequence.
  const attesterKey = generatePrivateKey();
  const attester = privateKeyToAccount(attesterKey);
  let platform: RunningPlatform;
  let chain: PublicClient;
  let ledger: FaultLedger;
  let alice: TestCustomer;
  let bob: TestCustomer;
  let mining = true;
  let miner: Promise<void>;

  const rpc = (method: string, params: unknown[] = []) => chain.request({ method: method as never, params: params as never });
  const minedNonce = (account = operator) => chain.getTransactionCount({ address: account.address, blockTag: 'latest' });
  const pendingNonce = (account = operator) => chain.getTransactionCount({ address: account.address, blockTag: 'pending' });
  /** Blocks come every 400 ms while `mining` (anvil also mines one per transaction): confirmations need them. */
  const startMiner = () => {
    mining = true;
    miner = (async () => {
      while (mining) {
        await rpc('evm_mine').catch(() => undefined);
        await new Promise((resolve) => setTimeout(resolve, 400));
      }
    })();
  };
  const stopMiner = async () => {
    mining = false;
    await miner;
  };

  beforeAll(async () => {
    // The miner runs from the start: the platform's own deployment waits for its confirmations too.
    const anvilPort = await freePort();
    chain = createPublicClient({ transport: http(`http://127.0.0.1:${anvilPort}`) }) as PublicClient;
    startMiner();
    platform = await startPlatform({ ANVIL_PORT: String(anvilPort), OPERATOR_PRIVATE_KEY: operatorKey, ATTESTER_PRIVATE_KEY: attesterKey, CHAIN_CONFIRMATIONS: String(CONFIRMATIONS), CHAIN_STUCK_AFTER_SECONDS: '5', LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'error' });
    ({ ledger, alice, bob } = await FaultLedger.open(platform, `http://127.0.0.1:${platform.env.ANVIL_PORT}`, operator.address));
  }, 600_000);

  // A scenario that fails with mining paused must not leave it paused for the next one.
  afterEach(async () => {
    if (!chain) return;
    await rpc('evm_setAutomine', [true]).catch(() => undefined);
    if (!mining) startMiner();
  });

  afterAll(async () => {
    if (chain) await stopMiner();
    await platform?.close();
  });

  it('fault: a mint, a transfer batch and a withdrawal hold mined and then reorganized away before their confirmations: not complete before them, sent again, completed once', async () => {
    await stopMiner();
    await rpc('evm_setAutomine', [false]);
    const nonceBefore = await minedNonce();
    const attesterNonceBefore = await minedNonce(attester);
    const before = new Set((await Promise.all([alice, bob].map((customer) => operationsOf(platform, customer)))).flat().map((operation) => operation.id));
    await ledger.deposit(alice, 777n);
    await ledger.transfer(alice, bob, 100n);
    await ledger.withdraw(alice, 50n);
    // Two blocks carry them: the attestation (the attester's key), the transfer batch and the hold, then
    // the mint batch (the relayer sends it once its attestation is mined).
    const head = await chain.getBlockNumber({ cacheTime: 0 });
    await eventually(
      async () => ((await pendingNonce()) >= nonceBefore + 2 && (await pendingNonce(attester)) >= attesterNonceBefore + 1 ? true : undefined),
      'the attestation, the transfer batch and the hold to be broadcast',
      60_000,
    ).catch(async (error: Error) => {
      const nonces = { relayer: [nonceBefore, await pendingNonce()], attester: [attesterNonceBefore, await pendingNonce(attester)] };
      throw new Error(`${error.message}: nonces (mined before, pending now) ${JSON.stringify(nonces)}`);
    });
    await rpc('evm_mine');
    await eventually(async () => ((await pendingNonce()) >= nonceBefore + 3 ? true : undefined), 'the mint batch to be broadcast', 60_000);
    await rpc('evm_mine');
    expect(await minedNonce()).toBeGreaterThanOrEqual(nonceBefore + 3);
    expect(await minedNonce(attester)).toBeGreaterThanOrEqual(attesterNonceBefore + 1);
    // Fewer than CONFIRMATIONS blocks on top of them: none of the three is complete, however long we wait.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const fresh = (await Promise.all([alice, bob].map((customer) => operationsOf(platform, customer)))).flat().filter((operation) => !before.has(operation.id));
    expect(fresh.length).toBeGreaterThanOrEqual(3);
    expect(fresh.filter((operation) => operation.status === 'completed')).toEqual([]);
    const depth = Number((await chain.getBlockNumber({ cacheTime: 0 })) - head);
    const reorgedAt = Date.now();
    await rpc('anvil_reorg', [depth, []]);
    expect(await minedNonce()).toBe(nonceBefore);
    expect(await minedNonce(attester)).toBe(attesterNonceBefore);
    await rpc('evm_setAutomine', [true]);
    startMiner();
    await ledger.expectEverythingCompletedOnce(`${depth} blocks reorganized away (attestation, mint batch, transfer batch, hold)`, reorgedAt);
  }, 420_000);

  it(`fault: ${REORGS} one-block reorgs at random moments of ${OPERATIONS} mixed operations while blocks keep coming: everything completes once, the history counts each movement once`, async () => {
    const load = ledger.mixed(OPERATIONS, 300, 500);
    load.catch(() => undefined); // awaited below
    for (let reorg = 0; reorg < REORGS; reorg++) {
      await atRandomMoment(3_000);
      await rpc('anvil_reorg', [1, []]).catch(() => undefined);
    }
    await load;
    await ledger.expectEverythingCompletedOnce(`${REORGS} one-block reorgs during ${OPERATIONS} mixed operations`, Date.now());
  }, 420_000);
});
