import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPublicClient, http } from 'viem';
import { euroTokenAbi } from '../../src/modules/chain/index.js';
import { type TestCustomer, onboardCustomer } from '../support/customers.js';
import { freePort } from '../support/free-port.js';
import { bearer, fund } from '../support/money.js';
import { adminSession, reservesOf } from '../support/client.js';
import { TEST_ADMIN, TEST_BANK_WEBHOOK_SECRET, eventually } from '../support/platform.js';
import { PlatformProcess } from '../support/platform-process.js';

const FUNDING = 100_000n;
const TERMINAL = ['completed', 'failed', 'released', 'rejected'];

interface Planned {
  key: string;
  from: number;
  route: string;
  body: Record<string, unknown>;
  kind: 'transfer' | 'withdrawal';
  amount: bigint;
  to?: number;
  id?: string;
}

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

    const plan: Planned[] = Array.from({ length: 20 }, (_, i) => {
      const from = i % 3;
      const amount = BigInt(100 + ((i * 379) % 2900));
      if (i % 2 === 0) {
        const to = (from + 1 + (i % 2)) % 3;
        return { key: randomUUID(), from, to, kind: 'transfer', amount, route: '/v1/me/transfers', body: { to: { email: customers[to].email }, amount: amount.toString() } };
      }
      return { key: randomUUID(), from, kind: 'withdrawal', amount, route: '/v1/me/withdrawals', body: { amount: amount.toString(), bankAccountId: accounts[from] } };
    });

    const ask = async (planned: Planned) => {
      try {
        const response = await platform.http.post(planned.route).set(bearer(customers[planned.from])).set('idempotency-key', planned.key).send(planned.body);
        if (response.status === 202) {
          if (planned.id && planned.id !== response.body.id) throw new Error(`the same key answered two operations: ${planned.id} and ${response.body.id}`);
          planned.id = response.body.id;
        } else if (response.status !== 409 && response.status < 500) {
          throw new Error(`unexpected answer ${response.status}: ${JSON.stringify(response.body)}`);
        }
      } catch (error) {
        if (/two operations|unexpected answer/.test(String(error))) throw error;
        // The connection died with the process: asked again after the restart.
      }
    };

    // Two lives killed at a random moment while the operations are asked for and processed.
    for (const delay of [300 + Math.floor(Math.random() * 700), 200 + Math.floor(Math.random() * 1500)]) {
      const asking = Promise.all(plan.filter((planned) => !planned.id).map(ask));
      await new Promise((resolve) => setTimeout(resolve, delay));
      await platform.kill();
      await asking;
      await platform.start();
    }

    // The last life: what never got an answer is asked again (a key locked by a killed request frees itself after a minute).
    await eventually(
      async () => {
        await Promise.all(plan.filter((planned) => !planned.id).map(ask));
        return plan.every((planned) => planned.id) ? true : undefined;
      },
      'an answer for every operation',
      180_000,
    );
    const outcomes = await eventually(
      async () => {
        const operations = await Promise.all(
          plan.map(async (planned) => (await platform.http.get(`/v1/operations/${planned.id}`).set(bearer(customers[planned.from])).expect(200)).body),
        );
        return operations.every((operation) => TERMINAL.includes(operation.status)) ? operations : undefined;
      },
      'every operation to end in a terminal state',
      180_000,
    );

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
    const expected = customers.map(() => FUNDING);
    let burned = 0n;
    plan.forEach((planned, index) => {
      const status = outcomes[index].status;
      if (planned.kind === 'transfer' && status === 'completed') {
        expected[planned.from] -= planned.amount;
        expected[planned.to as number] += planned.amount;
      }
      if (planned.kind === 'withdrawal' && status === 'completed') {
        expected[planned.from] -= planned.amount;
        burned += planned.amount;
      }
    });
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
  });
});
