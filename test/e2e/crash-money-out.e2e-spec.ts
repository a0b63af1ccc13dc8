import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublicClient, http } from 'viem';
import { euroTokenAbi } from '../../src/modules/chain/index.js';
import { type TestCustomer, onboardCustomer } from '../support/customers.js';
import { freePort } from '../support/free-port.js';
import { bearer, fund } from '../support/money.js';
import { adminSession, reservesOf } from '../support/client.js';
import { TEST_ADMIN, TEST_BANK_WEBHOOK_SECRET } from '../support/platform.js';
import { PlatformProcess } from '../support/platform-process.js';
import { MovementClient, expectedBalances, planMovements } from '../support/money-plan.js';

const FUNDING = 100_000n;
/**
 * 20 transfers and withdrawals asked for while the platform is SIGKILLed at random moments, twice,
 * and started again on the same data. The client retries what got no answer with the same
 * Idempotency-Key. In the end every operation is terminal, exists once, and the chain, the
 * balances and the omnibus account agree to the cent.
 */
describe('crash recovery: transfers and withdrawals killed at random points', () => {
  let dataDir: string;
  let platform: PlatformProcess;

  beforeAll(async () => {
    PlatformProcess.build();
    dataDir = mkdtempSync(join(tmpdir(), 'eurt-crash-out-'));
    platform = new PlatformProcess({
      DATA_DIR: dataDir,
      PORT: String(await freePort()),
      DYNAMODB_PORT: String(await freePort()),
      ANVIL_PORT: String(await freePort()),
      BANK_WEBHOOK_SECRET: TEST_BANK_WEBHOOK_SECRET,
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      AUTH_RATE_LIMIT_PER_MINUTE: '10000',
      LOG_LEVEL: 'warn',
    });
  });

  afterAll(async () => {
    await platform?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('behavior: every operation ends terminal, once; supply, balances and the omnibus reconcile', async () => {
    await platform.start();
    const customers: TestCustomer[] = [];
    for (let i = 0; i < 3; i++) customers.push(await onboardCustomer(platform));
    for (const customer of customers) await fund(platform, customer, FUNDING);
    const accounts: string[] = [];
    for (const [index, customer] of customers.entries()) {
      // The third customer's bank sends payouts back (sandbox IBAN): those withdrawals are released.
      const iban = index === 2 ? 'NL91ABNA0417164300' : 'DE89370400440532013000';
      accounts.push((await platform.http.post('/v1/me/bank-accounts').set(bearer(customer)).send({ iban, holderName: 'Crash Test' }).expect(201)).body.id);
    }

    const plan = planMovements(customers, accounts, 20, (i) => i % 2 === 1);
    const client = new MovementClient(platform, customers);

    // Two lives killed at a random moment while the operations are asked for and processed.
    for (const delay of [300 + Math.floor(Math.random() * 700), 200 + Math.floor(Math.random() * 1500)]) {
      const asking = client.askUnanswered(plan);
      await new Promise((resolve) => setTimeout(resolve, delay));
      await platform.kill();
      await asking;
      await platform.start();
    }

    // The last life: what never got an answer is asked again.
    await client.untilAnswered(plan);
    const outcomes = await client.outcomes(plan);

    // Each operation exists once in its owner's history.
    for (const [index, customer] of customers.entries()) {
      const items = (await platform.http.get('/v1/me/operations?limit=100').set(bearer(customer)).expect(200)).body.items as { id: string; type: string; direction?: string }[];
      const mine = plan.filter((planned) => planned.from === index).map((planned) => planned.id);
      const listed = items.filter((item) => item.type !== 'deposit' && item.direction !== 'incoming').map((item) => item.id);
      expect(listed.sort()).toEqual([...mine].sort());
    }

    // The chain agrees with the outcomes, to the cent.
    const chain = createPublicClient({ transport: http(`http://127.0.0.1:${platform.env.ANVIL_PORT}`) });
    const token = (await platform.http.get('/v1/token').expect(200)).body.address;
    const { balances: expected, burned } = expectedBalances(plan, outcomes, customers.map(() => FUNDING));
    expect(plan.filter((planned, index) => planned.kind === 'withdrawal' && planned.from === 2 && outcomes[index].status === 'completed')).toEqual([]);
    for (const [index, customer] of customers.entries()) {
      expect(await chain.readContract({ address: token, abi: euroTokenAbi, functionName: 'balanceOf', args: [customer.walletAddress] })).toBe(expected[index]);
      const balance = (await platform.http.get('/v1/me/balance').set(bearer(customer)).expect(200)).body;
      expect(balance).toMatchObject({ available: expected[index].toString(), held: '0', pendingOut: '0' });
    }
    const supply = await chain.readContract({ address: token, abi: euroTokenAbi, functionName: 'totalSupply' });
    expect(supply).toBe(3n * FUNDING - burned);
    const reserves = await reservesOf(platform, await adminSession(platform));
    expect(reserves).toMatchObject({ totalSupply: supply.toString(), omnibusBalance: supply.toString(), inFlight: '0', backed: true, reconciled: true });
  }, 600_000); // its own waits allow 3 minutes each: the test must outlast them on a loaded machine
});
