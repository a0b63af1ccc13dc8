import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublicClient, http, parseAbi, parseAbiItem, zeroAddress } from 'viem';
import { onboardCustomer } from '../support/customers.js';
import { freePort } from '../support/free-port.js';
import { adminSession, reservesOf } from '../support/client.js';
import { TEST_ADMIN, TEST_BANK_WEBHOOK_SECRET, eventually } from '../support/platform.js';
import { PlatformProcess } from '../support/platform-process.js';

const erc20 = parseAbi(['function totalSupply() view returns (uint256)']);
const transfer = parseAbiItem('event Transfer(address indexed from, address indexed to, uint256 value)');

/**
 * The platform is killed (SIGKILL, as by a power cut) between recording a deposit and mining its
 * mint, twice at two different points, and started again on the same data: the deposit completes,
 * and exactly one mint reaches the chain.
 */
describe('crash recovery: a deposit killed between recording and mining completes once', () => {
  let dataDir: string;
  let platform: PlatformProcess;

  beforeAll(async () => {
    PlatformProcess.build();
    dataDir = mkdtempSync(join(tmpdir(), 'eurt-crash-'));
    platform = new PlatformProcess({
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      DYNAMODB_PORT: String(await freePort()),
      ANVIL_PORT: String(await freePort()),
      BANK_WEBHOOK_SECRET: TEST_BANK_WEBHOOK_SECRET,
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      LOG_LEVEL: 'warn',
    });
  });

  afterAll(async () => {
    await platform?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('behavior: killed after the deposit is recorded as minting, then after its mint batch is signed, it completes once after restart', async () => {
    // First life: dies the moment the deposit's state says "minting", before any mint is requested.
    await platform.start({ CRASH_AT: 'tokenizer.deposit-minting-recorded' });
    const customer = await onboardCustomer(platform);
    const died = platform.exited();
    const booked = (
      await platform.http
        .post('/v1/sandbox/bank/incoming-transfers')
        .send({ amount: '4321', currency: 'EUR', reference: customer.depositReference, senderIban: 'DE89370400440532013000', senderName: 'Ada Lovelace' })
        .expect(202)
    ).body;
    expect(await died).toBe('SIGKILL');

    // Second life: resumes the deposit, batches its mint, signs it, and dies before broadcasting it.
    // (It may die before it even listens: the sweep after a restart resumes the deposit at once.)
    const starting = platform.start({ CRASH_AT: 'chain.batch-signed' }).catch(() => undefined);
    expect(await platform.exited()).toBe('SIGKILL');
    await starting;
    expect(platform.log).toContain('CRASH_AT=chain.batch-signed');

    // Third life: re-sends the very transaction it signed; the deposit completes.
    await platform.start();
    const login = await platform.http.post('/v1/auth/login').send({ email: customer.email, password: customer.password }).expect(200);
    const deposit = await eventually(async () => {
      const response = await platform.http.get(`/v1/operations/${booked.transactionId}`).set('authorization', `Bearer ${login.body.accessToken}`).expect(200);
      return response.body.status === 'completed' ? response.body : undefined;
    }, 'the deposit to complete after the restarts');
    expect(deposit.history.map((change: { status: string }) => change.status)).toEqual(['received', 'minting', 'completed']);

    const chain = createPublicClient({ transport: http(`http://127.0.0.1:${platform.env.ANVIL_PORT}`) });
    const token = (await platform.http.get('/v1/token').expect(200)).body.address;
    const mints = await chain.getLogs({ address: token, event: transfer, args: { from: zeroAddress, to: customer.walletAddress }, fromBlock: 0n });
    expect(mints.map((log) => log.args.value)).toEqual([4321n]);
    expect(await chain.readContract({ address: token, abi: erc20, functionName: 'totalSupply' })).toBe(4321n);

    const reserves = await reservesOf(platform, await adminSession(platform));
    expect(reserves).toMatchObject({ totalSupply: '4321', omnibusBalance: '4321', inFlight: '0', backed: true, reconciled: true });
  }, 360_000); // three platform lives, each booting its embedded engines: slow on a loaded machine
});
