import { createPublicClient, createWalletClient, http, parseGwei } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { type Session, adminSession, approve, bearer, secondAdminSession } from '../support/client.js';
import type { TestCustomer } from '../support/customers.js';
import { FaultLedger } from '../support/fault-ledger.js';
import { type RunningPlatform, eventually, startPlatform } from '../support/platform.js';

/** Operations of every kind (deposits, transfers both ways, withdrawals) asked for around each fault. */
const OPERATIONS_PER_SCENARIO = 20;

/**
 * Chain faults against the real anvil node the platform runs on: mining paused, the pending pool
 * dropped, a platform key used behind the platform's back. Around each fault the customers and the
 * bank ask for 20 operations of every kind (one deposit where the fault needs a single attestation
 * in the pool): every one completes exactly once, the books agree with the chain, and no chain
 * transaction stays open. The relayer (mints, batches, holds) and the reserve attester sign with
 * their own keys and nonce sequences.
 */
describe('faults: the transaction manager survives lost and displaced transactions', () => {
  const operatorKey = generatePrivateKey();
  const operatorAccount = privateKeyToAccount(operatorKey);
  const attesterKey = generatePrivateKey();
  const attesterAccount = privateKeyToAccount(attesterKey);
  let platform: RunningPlatform;
  let admin: Session;
  let alice: TestCustomer;
  let bob: TestCustomer;
  let ledger: FaultLedger;
  let chain: ReturnType<typeof createPublicClient>;
  let outsider: ReturnType<typeof createWalletClient>;
  let attesterOutsider: ReturnType<typeof createWalletClient>;

  const rpc = (method: string, params: unknown[] = []) => chain.request({ method: method as never, params: params as never });
  const pendingNonce = (account = operatorAccount) => chain.getTransactionCount({ address: account.address, blockTag: 'pending' });
  const minedNonce = (account = operatorAccount) => chain.getTransactionCount({ address: account.address, blockTag: 'latest' });
  /** With mining paused, a batch's attestation is what gets broadcast: its batch waits for it to be mined. */
  const attestationBroadcast = async () => ((await pendingNonce(attesterAccount)) > (await minedNonce(attesterAccount)) ? true : undefined);
  const metric = async (name: string) => {
    const text = (await platform.http.get('/metrics').expect(200)).text;
    return Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? '0');
  };

  /** Every operation completed exactly once (see FaultLedger), neither signing account left with a pending transaction. */
  const expectRecovered = (fault: string, startedAt: number) => ledger.expectEverythingCompletedOnce(fault, startedAt);

  beforeAll(async () => {
    platform = await startPlatform({ OPERATOR_PRIVATE_KEY: operatorKey, ATTESTER_PRIVATE_KEY: attesterKey, CHAIN_STUCK_AFTER_SECONDS: '3', LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'error' });
    const rpcUrl = `http://127.0.0.1:${platform.env.ANVIL_PORT}`;
    chain = createPublicClient({ transport: http(rpcUrl) });
    outsider = createWalletClient({ transport: http(rpcUrl), account: operatorAccount });
    attesterOutsider = createWalletClient({ transport: http(rpcUrl), account: attesterAccount });
    admin = await adminSession(platform);
    ({ ledger, alice, bob } = await FaultLedger.open(platform, rpcUrl, [operatorAccount.address, attesterAccount.address]));
  }, 600_000);

  afterAll(async () => {
    await platform?.close();
  });

  afterEach(async () => {
    await rpc('evm_setAutomine', [true]).catch(() => undefined);
  });

  // First in the file: no attestation exists yet, so a batch mined ahead of its own would revert EURTReserveAttestationStale.
  it('fault: an outside transaction takes the nonce of a batch attestation (attester key used elsewhere): the batch, another account, is never sent ahead of it; the attestation is signed again and the deposit minted once', async () => {
    const displacedBefore = await metric('chain_nonce_displaced_total');
    await rpc('evm_setAutomine', [false]);
    const relayerSent = await pendingNonce();
    const attesterMined = await minedNonce(attesterAccount);
    await ledger.deposit(alice, 101n);
    await eventually(async () => ((await pendingNonce(attesterAccount)) === attesterMined + 1 ? true : undefined), 'the attestation to be broadcast');
    // The batch is formed and recorded, but waits for its attestation to be mined.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect(await pendingNonce()).toBe(relayerSent);
    const startedAt = Date.now();
    await attesterOutsider.sendTransaction({ chain: null, to: attesterAccount.address, value: 0n, nonce: attesterMined, maxFeePerGas: parseGwei('500'), maxPriorityFeePerGas: parseGwei('100') });
    // One block: the outside transaction at the attestation's nonce; the batch is still not sent.
    await rpc('evm_mine');
    expect(await pendingNonce()).toBe(relayerSent);
    await rpc('evm_setAutomine', [true]);
    await expectRecovered('attestation nonce taken, its batch held back', startedAt);
    expect(await metric('chain_nonce_displaced_total')).toBeGreaterThan(displacedBefore);
  }, 300_000);

  it('fault: the node loses its pending pool (anvil_dropAllTransactions with mining paused): the raw transactions on record are broadcast again', async () => {
    const rebroadcastBefore = await metric('chain_transaction_rebroadcast_total');
    await rpc('evm_setAutomine', [false]);
    await ledger.mixed(OPERATIONS_PER_SCENARIO, 100);
    await eventually(attestationBroadcast, 'the platform to broadcast');
    const pendingBefore = await pendingNonce(attesterAccount);
    const startedAt = Date.now();
    await rpc('anvil_dropAllTransactions');
    // The pool lost what was pending (the platform may already be sending its next transaction).
    expect(await pendingNonce(attesterAccount)).toBeLessThan(pendingBefore);
    await rpc('evm_setAutomine', [true]);
    // Turning automine back on does not mine the pool: only what is sent from now on, the re-broadcasts.
    await expectRecovered('pending pool dropped', startedAt);
    expect(await metric('chain_transaction_rebroadcast_total')).toBeGreaterThan(rebroadcastBefore);
  }, 300_000);

  it('fault: a transaction from a platform key (the attester\'s) sent outside the platform replaces a pending platform transaction (same nonce, higher fee): it is re-signed with a fresh nonce', async () => {
    const displacedBefore = await metric('chain_nonce_displaced_total');
    await rpc('evm_setAutomine', [false]);
    await ledger.mixed(OPERATIONS_PER_SCENARIO, 100);
    await eventually(attestationBroadcast, 'the platform to broadcast');
    const startedAt = Date.now();
    const nonce = await minedNonce(attesterAccount);
    await attesterOutsider.sendTransaction({
      chain: null,
      to: attesterAccount.address,
      value: 0n,
      nonce,
      maxFeePerGas: parseGwei('500'),
      maxPriorityFeePerGas: parseGwei('100'),
    });
    await rpc('evm_mine');
    await rpc('evm_setAutomine', [true]);
    await expectRecovered('nonce taken in the pool by an outside transaction', startedAt);
    expect(await metric('chain_nonce_displaced_total')).toBeGreaterThan(displacedBefore);
  }, 300_000);

  it('fault: the operator key was used outside the platform before it signed ("nonce too low"): the nonce is re-synchronized, nothing waits forever', async () => {
    const displacedBefore = await metric('chain_nonce_displaced_total');
    const startedAt = Date.now();
    for (let index = 0; index < 3; index++) {
      await outsider.sendTransaction({ chain: null, to: operatorAccount.address, value: 0n });
    }
    await ledger.mixed(OPERATIONS_PER_SCENARIO, 100);
    await expectRecovered('nonce used outside the platform before signing', startedAt);
    expect(await metric('chain_nonce_displaced_total')).toBeGreaterThan(displacedBefore);
  }, 300_000);

  it('fault: the base fee jumps above what pending transactions offer (anvil_setNextBlockBaseFeePerGas every block): they are replaced with the same nonce at higher fees until mined', async () => {
    const replacedBefore = await metric('chain_transaction_replaced_total');
    await rpc('evm_setAutomine', [false]);
    await ledger.mixed(OPERATIONS_PER_SCENARIO, 100);
    await eventually(attestationBroadcast, 'the platform to broadcast');
    const startedAt = Date.now();
    const highBaseFee = parseGwei('50');
    // Every block starts at the high base fee, so only a replacement that follows it gets in.
    let mining = true;
    const miner = (async () => {
      for (let block = 0; mining && block < 400; block++) {
        await rpc('anvil_setNextBlockBaseFeePerGas', [`0x${highBaseFee.toString(16)}`]);
        await rpc('evm_mine');
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    })();
    try {
      await expectRecovered('base fee raised above the pending fees (stuck transactions)', startedAt);
    } finally {
      mining = false;
      await miner;
    }
    expect(await metric('chain_transaction_replaced_total')).toBeGreaterThan(replacedBefore);
  }, 300_000);

  it('fault: an operator re-sends a stuck transaction at a higher fee (POST /v1/admin/chain-transactions/{key}/replace, maker-checker): same nonce, the operation follows the attempt that is mined', async () => {
    const checker = await secondAdminSession(platform, admin);
    await rpc('evm_setAutomine', [false]);
    // With mining paused, the attestation is the transaction that waits in the pool (its batch waits for it).
    const mined = await minedNonce(attesterAccount);
    await ledger.deposit(alice, 101n);
    await eventually(async () => ((await pendingNonce(attesterAccount)) > mined ? true : undefined), 'the platform to broadcast');
    const startedAt = Date.now();
    type Listed = { key: string; status: string; nonce?: number; hash?: string };
    const stuck = await eventually(async () => {
      const open = (await platform.http.get('/v1/admin/chain-transactions?status=open').set(bearer(admin)).expect(200)).body.items as Listed[];
      return open.find((transaction) => transaction.status === 'broadcast' && transaction.nonce === mined);
    }, 'the lowest open transaction to be broadcast');
    const path = `/v1/admin/chain-transactions/${encodeURIComponent(stuck.key)}/replace`;
    const requested = await platform.http.post(path).set(bearer(admin)).send({ reason: 'fault suite: stuck behind a paused miner' }).expect(202);
    expect(requested.body).toMatchObject({ action: 'chain.transaction.replace', status: 'pending' });
    const decided = (await approve(platform, checker, requested.body.id)) as { status: string; resultId?: string };
    expect(decided.status).toBe('executed');
    expect(decided.resultId).toMatch(/^0x[0-9a-f]{64}$/);
    const after = (await platform.http.get('/v1/admin/chain-transactions?status=open').set(bearer(admin)).expect(200)).body.items as Listed[];
    const replaced = after.find((transaction) => transaction.key === stuck.key);
    expect(replaced?.nonce).toBe(stuck.nonce);
    expect(replaced?.hash).not.toBe(stuck.hash);
    await rpc('evm_setAutomine', [true]);
    await rpc('evm_mine');
    await expectRecovered('operator re-sent a stuck transaction at a higher fee', startedAt);
    // Mined and closed: nothing left to re-send.
    const refused = await platform.http.post(path).set(bearer(admin)).send({}).expect(409);
    expect(refused.body.code).toBe('CHAIN.TRANSACTION_NOT_PENDING');
  }, 300_000);
});
