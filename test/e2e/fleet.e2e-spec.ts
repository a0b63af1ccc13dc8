import { type Address, createPublicClient, http } from 'viem';
import { privateKeyToAddress } from 'viem/accounts';
import { euroTokenAbi } from '../../src/modules/chain/index.js';
import { adminSession, reservesOf } from '../support/client.js';
import { type TestCustomer, onboardCustomer } from '../support/customers.js';
import { Fleet } from '../support/fleet.js';
import { bearer, fund } from '../support/money.js';
import { PlatformProcess } from '../support/platform-process.js';
import { MovementClient, expectedBalances, planMovements } from '../support/money-plan.js';
import { eventually } from '../support/platform.js';

const FUNDING = 50_000n;
const CUSTOMERS = 4;
/**
 * Three platform processes on one DynamoDB Local and one anvil, customers' requests spread over
 * them round-robin. Deposits, transfers and withdrawals run while the holder of the signing lease
 * is SIGKILLed, and later the next holder too. In the end every operation is terminal and exists
 * once, the operator's nonces are used once each without a gap, and supply = omnibus - in flight.
 */
describe('a fleet: three instances on one database and one chain', () => {
  const fleet = new Fleet();
  let operator: Address;
  let signerLease: string;

  beforeAll(async () => {
    PlatformProcess.build();
    await fleet.startEngines();
    await fleet.startMembers(3);
    operator = privateKeyToAddress(fleet.members[0].env.OPERATOR_PRIVATE_KEY as `0x${string}`);
    signerLease = `signer:${operator.toLowerCase()}`;
  }, 600_000);

  afterAll(async () => {
    await fleet.stop();
  }, 120_000);

  it('behavior: three instances started at once share one deployment', async () => {
    const tokens = await Promise.all(fleet.members.map(async (member) => (await member.http.get('/v1/token').expect(200)).body.address));
    expect(new Set(tokens).size).toBe(1);
    const chain = createPublicClient({ transport: http(fleet.rpcUrl) });
    const head = await chain.getBlockNumber();
    let creations = 0;
    for (let block = 0n; block <= head; block++) {
      for (const tx of (await chain.getBlock({ blockNumber: block, includeTransactions: true })).transactions) if (tx.to === null) creations += 1;
    }
    expect(creations).toBe(7); // identity factory, registry (implementation + proxy), claim issuer, compliance module, token (implementation + proxy): once
    expect((await fleet.leaseHolder(signerLease))?.holder).toMatch(/^member-/);
  });

  it('behavior: operations through any instance while two lease holders are killed end terminal, once, and reconcile', async () => {
    const customers: TestCustomer[] = [];
    for (let i = 0; i < CUSTOMERS; i++) customers.push(await onboardCustomer(fleet));
    for (const customer of customers) await fund(fleet, customer, FUNDING);
    const accounts: string[] = [];
    for (const customer of customers) {
      accounts.push((await fleet.http.post('/v1/me/bank-accounts').set(bearer(customer)).send({ iban: 'DE89370400440532013000', holderName: 'Fleet Test' }).expect(201)).body.id);
    }

    const plan = planMovements(customers, accounts, 24, (i) => i % 3 === 2);
    const client = new MovementClient(fleet, customers);

    const deposits = new Map<number, bigint>();
    const failovers: number[] = [];
    for (const [wave, part] of [plan.slice(0, 12), plan.slice(12)].entries()) {
      const holder = (await eventually(() => fleet.leaseHolder(signerLease), 'a signing lease holder')).holder;
      // Credits booked at the bank through an instance that stays up (an unanswered booking could not be told apart from none).
      const bystander = fleet.alive.find((member) => member.env.INSTANCE_ID !== holder) as PlatformProcess;
      for (const [index, customer] of customers.entries()) {
        const amount = BigInt(1_000 + 100 * index + wave);
        await bystander.http
          .post('/v1/sandbox/bank/incoming-transfers')
          .send({ amount: amount.toString(), currency: 'EUR', reference: customer.depositReference, senderIban: 'DE89370400440532013000', senderName: 'Fleet Sender' })
          .expect(202);
        deposits.set(index, (deposits.get(index) ?? 0n) + amount);
      }
      const asking = Promise.all(part.map((planned) => client.ask(planned)));
      await new Promise((resolve) => setTimeout(resolve, 500 + Math.floor(Math.random() * 1_000)));
      const killedAt = Date.now();
      await fleet.member(holder).kill();
      const next = await eventually(
        async () => {
          const lease = await fleet.leaseHolder(signerLease);
          return lease && lease.holder !== holder ? lease : undefined;
        },
        'another instance to take the signing lease',
        60_000,
      );
      failovers.push(Date.parse(next.updatedAt) - killedAt);
      await asking;
    }
    console.log(`fleet failover: the signing lease was taken over ${failovers.map((ms) => `${(ms / 1000).toFixed(1)} s`).join(' and ')} after its holder was SIGKILLed`);

    await client.untilAnswered(plan);
    const outcomes = await client.outcomes(plan, 240_000);
    let depositStates = '';
    const histories = await eventually(
      async () => {
        const all = await Promise.all(
          customers.map(async (customer) => (await fleet.http.get('/v1/me/operations?limit=100').set(bearer(customer)).expect(200)).body.items as { id: string; type: string; status: string; direction?: string }[]),
        );
        depositStates = JSON.stringify(all.map((items) => items.filter((item) => item.type === 'deposit').map((item) => `${item.id}:${item.status}`)));
        const depositsDone = all.every((items) => items.filter((item) => item.type === 'deposit').every((item) => item.status === 'completed'));
        return depositsDone ? all : undefined;
      },
      'every deposit to complete',
      240_000,
    ).catch(async (error: Error) => {
      const open = (await fleet.scan('chain_transactions')).filter((record) => record.open);
      const logs = fleet.members.map((member) => `${member.env.INSTANCE_ID}: ${member.log.slice(-4000)}`).join('\n');
      throw new Error(`${error.message}; deposits ${depositStates}; open chain transactions ${JSON.stringify(open.map(({ key, status, kind }) => ({ key, status, kind })))}; logs:\n${logs}`);
    });

    // Each operation exists once in its owner's history; each credit was minted once.
    for (const [index, items] of histories.entries()) {
      const mine = plan.filter((planned) => planned.from === index).map((planned) => planned.id);
      const listed = items.filter((item) => item.type !== 'deposit' && item.direction !== 'incoming').map((item) => item.id);
      expect(listed.sort()).toEqual([...mine].sort());
      expect(items.filter((item) => item.type === 'deposit')).toHaveLength(3); // the funding and one per wave
    }

    // The chain agrees with the outcomes, to the cent.
    const chain = createPublicClient({ transport: http(fleet.rpcUrl) });
    const token = (await fleet.http.get('/v1/token').expect(200)).body.address as Address;
    const { balances: expected, burned } = expectedBalances(plan, outcomes, customers.map((_, index) => FUNDING + (deposits.get(index) ?? 0n)));
    for (const [index, customer] of customers.entries()) {
      expect(await chain.readContract({ address: token, abi: euroTokenAbi, functionName: 'balanceOf', args: [customer.walletAddress] })).toBe(expected[index]);
    }
    const supply = await chain.readContract({ address: token, abi: euroTokenAbi, functionName: 'totalSupply' });
    const deposited = [...deposits.values()].reduce((sum, amount) => sum + amount, 0n);
    expect(supply).toBe(BigInt(CUSTOMERS) * FUNDING + deposited - burned);
    const reserves = await eventually(async () => {
      const current = await reservesOf(fleet, await adminSession(fleet));
      return current.inFlight === '0' ? current : undefined;
    }, 'the payouts in flight to be burned');
    expect(reserves).toMatchObject({ totalSupply: supply.toString(), omnibusBalance: supply.toString(), backed: true, reconciled: true });

    // Every signing account's nonces (each role has its own sequence): each taken by one transaction, none skipped, all mined.
    const signed = (await fleet.scan('chain_transactions')).filter((record) => record.nonce !== undefined);
    const signers = [...new Set(signed.map((record) => String(record.signer)))];
    expect(signers.map((signer) => signer.toLowerCase())).toContain(operator.toLowerCase());
    expect(signers.length).toBeGreaterThanOrEqual(3); // relayer, attester, registrar at least
    for (const signer of signers) {
      const nonces = signed.filter((record) => record.signer === signer).map((record) => Number(record.nonce)).sort((a, b) => a - b);
      expect(new Set(nonces).size).toBe(nonces.length);
      expect(nonces).toEqual(Array.from({ length: nonces.length }, (_, index) => nonces[0] + index));
      expect(await chain.getTransactionCount({ address: signer as Address, blockTag: 'latest' })).toBe(nonces[nonces.length - 1] + 1);
    }
    expect(signed.filter((record) => record.status !== 'confirmed' && record.status !== 'failed')).toEqual([]);
  }, 900_000);
});
