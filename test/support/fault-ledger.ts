import { randomUUID } from 'node:crypto';
import { type Address, type Hex, type PublicClient, createPublicClient, http, parseAbi } from 'viem';
import { type Session, adminSession, reservesOf } from './client.js';
import { type TestCustomer, onboardCustomer } from './customers.js';
import { balanceOf, bearer, fund, operationsOf } from './money.js';
import { type RunningPlatform, eventually } from './platform.js';

const token = parseAbi(['function balanceOf(address) view returns (uint256)', 'function totalSupply() view returns (uint256)']);
const FUNDING = 20_000n;
const TRANSFER_AMOUNT = 100n;
const WITHDRAWAL_AMOUNT = 50n;
/** Where the customers' withdrawals are paid out (the sandbox bank settles it). */
const PAYOUT_IBAN = 'DE89370400440532013000';

/** A 503 problem document a client may retry (`SERVICE.UNAVAILABLE` unless said otherwise) with Retry-After. */
export function expectRetryableProblem(response: { status: number; headers: Record<string, string>; body: { code?: string } }, code = 'SERVICE.UNAVAILABLE'): void {
  expect(response.status).toBe(503);
  expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  expect(response.body.code).toBe(code);
}

/**
 * What a fault suite expects of the platform: every deposit and transfer it accepted (202)
 * completes exactly once; one it refused with a retryable 503 changes nothing.
 */
export class FaultLedger {
  private readonly expected = new Map<string, bigint>();
  private readonly transfers: { from: TestCustomer; id: string }[] = [];
  private readonly withdrawals: { from: TestCustomer; id: string }[] = [];
  private readonly bankAccounts = new Map<string, string>();
  private deposits = 0;
  private minted = 0n;
  private burned = 0n;
  /** When the platform last accepted an operation (the recovery is timed from it when it comes after the restore). */
  private lastAcceptedAt = 0;

  constructor(
    private readonly platform: RunningPlatform,
    private readonly admin: Session,
    private readonly chain: PublicClient,
    private readonly tokenAddress: Hex,
    /** The platform's signing accounts: none may keep a transaction pending at the end. */
    private readonly signers: Address[],
    private readonly customers: TestCustomer[],
  ) {}

  /**
   * The fixture every fault scenario starts from: two verified customers with a linked bank
   * account, both funded, reading the chain at `rpcUrl` (the node itself, not a proxy).
   */
  static async open(platform: RunningPlatform, rpcUrl: string, signers: Address | Address[]): Promise<{ ledger: FaultLedger; alice: TestCustomer; bob: TestCustomer }> {
    const [alice, bob] = [await onboardCustomer(platform), await onboardCustomer(platform)];
    // Both spend from the start, and a deposit accepted during a fault is minted only after it: money
    // not minted yet is rightly not spendable (a 422), so what they spend is on chain before any fault.
    await fund(platform, alice, FUNDING);
    await fund(platform, bob, FUNDING);
    const chain = createPublicClient({ transport: http(rpcUrl) }) as PublicClient;
    const tokenAddress = (await platform.http.get('/v1/token').expect(200)).body.address;
    const ledger = new FaultLedger(platform, await adminSession(platform), chain, tokenAddress, [signers].flat(), [alice, bob]);
    ledger.credited(alice, FUNDING);
    ledger.credited(bob, FUNDING);
    for (const customer of [alice, bob]) {
      const account = await platform.http.post('/v1/me/bank-accounts').set(bearer(customer)).send({ iban: PAYOUT_IBAN, holderName: 'Fault Test' }).expect(201);
      ledger.bankAccounts.set(customer.id, account.body.id);
    }
    return { ledger, alice, bob };
  }

  /** A deposit the test made outside this ledger (e.g. `fund`). */
  credited(customer: TestCustomer, amount: bigint): void {
    this.add(customer, amount);
    this.deposits += 1;
    this.minted += amount;
  }

  /**
   * `count` operations of every kind in turn (deposits, transfers both ways, withdrawals), as the
   * bank and the customers would send them, `paceMs` apart; refused ones (a retryable 503) are
   * counted by nobody.
   */
  async mixed(count: number, firstAmount: number, paceMs = 0): Promise<void> {
    const [alice, bob] = this.customers;
    for (let index = 0; index < count; index++) {
      if (index > 0 && paceMs > 0) await new Promise((resolve) => setTimeout(resolve, paceMs));
      const amount = BigInt(firstAmount + index);
      switch (index % 5) {
        case 0:
          await this.deposit(bob, amount);
          break;
        case 1:
          await this.transfer(alice, bob, TRANSFER_AMOUNT);
          break;
        case 2:
          await this.withdraw(alice, WITHDRAWAL_AMOUNT);
          break;
        case 3:
          await this.deposit(alice, amount);
          break;
        default:
          await this.withdraw(bob, WITHDRAWAL_AMOUNT);
      }
    }
  }

  /** The bank credits `customer`; false when the platform refused it with a retryable 503. */
  async deposit(customer: TestCustomer, amount: bigint): Promise<boolean> {
    const response = await this.platform.http
      .post('/v1/sandbox/bank/incoming-transfers')
      .send({ amount: amount.toString(), currency: 'EUR', reference: customer.depositReference, senderIban: 'DE89370400440532013000', senderName: 'Fault Test' });
    if (response.status === 503) return expectRetryableProblem(response), false;
    expect(response.status).toBe(202);
    this.credited(customer, amount);
    return true;
  }

  /** 202 (accepted, queued) or a retryable 503: never anything else. */
  async transfer(from: TestCustomer, to: TestCustomer, amount: bigint): Promise<boolean> {
    const response = await this.platform.http.post('/v1/me/transfers').set(bearer(from)).set('idempotency-key', randomUUID()).send({ to: { email: to.email }, amount: amount.toString() });
    if (response.status === 503) return expectRetryableProblem(response), false;
    expect(response.status).toBe(202);
    this.transfers.push({ from, id: response.body.id });
    this.add(from, -amount);
    this.add(to, amount);
    return true;
  }

  /** 202 (accepted: burned, then paid out) or a retryable 503: never anything else. */
  async withdraw(from: TestCustomer, amount: bigint): Promise<boolean> {
    const response = await this.platform.http
      .post('/v1/me/withdrawals')
      .set(bearer(from))
      .set('idempotency-key', randomUUID())
      .send({ amount: amount.toString(), bankAccountId: this.bankAccounts.get(from.id) });
    if (response.status === 503) return expectRetryableProblem(response), false;
    expect(response.status).toBe(202);
    this.withdrawals.push({ from, id: response.body.id });
    this.add(from, -amount);
    this.burned += amount;
    return true;
  }

  get counts(): string {
    return `${this.deposits} deposits, ${this.transfers.length} transfers and ${this.withdrawals.length} withdrawals accepted so far`;
  }

  /** How many operations the ledger counts (the funding deposit included). */
  get accepted(): number {
    return this.deposits + this.transfers.length + this.withdrawals.length;
  }

  /** Every accepted operation completed exactly once, the chain agrees with the API, no transaction left open. */
  async expectEverythingCompletedOnce(fault: string, restoredAt: number): Promise<number> {
    await eventually(
      async () => {
        for (const customer of this.customers) {
          const balance = await balanceOf(this.platform, customer);
          if (BigInt(balance.available) !== this.expectedOf(customer) || balance.held !== '0' || balance.pendingOut !== '0') return undefined;
        }
        const operations = [];
        for (const customer of this.customers) operations.push(...(await operationsOf(this.platform, customer)));
        if (operations.some((operation) => operation.status !== 'completed')) return undefined;
        const reserves = await reservesOf(this.platform, this.admin);
        return reserves.backed && reserves.reconciled && reserves.inFlight === '0' ? true : undefined;
      },
      'every operation to complete after the restore',
      240_000,
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${fault}: ${this.counts}; still open: ${JSON.stringify(await this.stillOpen())}`);
    });
    const recoveredInMs = Date.now() - Math.max(restoredAt, this.lastAcceptedAt);
    await eventually(async () => ((await this.platform.http.get('/health/ready')).status === 200 ? true : undefined), 'readiness after the restore');
    const operations = [];
    for (const customer of this.customers) {
      const onChain = await this.chain.readContract({ address: this.tokenAddress, abi: token, functionName: 'balanceOf', args: [customer.walletAddress] });
      expect(onChain).toBe(this.expectedOf(customer));
      operations.push(...(await operationsOf(this.platform, customer)));
    }
    const deposits = operations.filter((operation) => operation.type === 'deposit');
    expect(deposits).toHaveLength(this.deposits);
    expect(deposits.every((operation) => operation.status === 'completed')).toBe(true);
    for (const { id } of [...this.transfers, ...this.withdrawals]) expect(operations.find((operation) => operation.id === id)?.status).toBe('completed');
    // Money moved at most once: the supply is what was minted less what was burned, all of it in the omnibus account.
    const supply = await this.chain.readContract({ address: this.tokenAddress, abi: token, functionName: 'totalSupply' });
    expect(supply).toBe(this.minted - this.burned);
    expect(await reservesOf(this.platform, this.admin)).toMatchObject({ totalSupply: supply.toString(), omnibusBalance: supply.toString(), inFlight: '0' });
    for (const address of this.signers) {
      const pending = await this.chain.getTransactionCount({ address, blockTag: 'pending' });
      expect([address, pending]).toEqual([address, await this.chain.getTransactionCount({ address, blockTag: 'latest' })]);
    }
    const ours = new Set([...this.transfers, ...this.withdrawals].map(({ id }) => id));
    const slowest = slowestByKind(operations.filter((operation) => operation.type === 'deposit' || ours.has(operation.id)));
    console.log(`[fault] ${fault}: ${this.counts}, all completed once; recovered ${recoveredInMs} ms after the restore (or the last operation accepted after it); slowest from request to completed: ${slowest}`);
    return recoveredInMs;
  }

  /** What a failed recovery left: the operations not completed (id, type, status) and the reserves. */
  private async stillOpen(): Promise<unknown> {
    const operations = [];
    for (const customer of this.customers) operations.push(...(await operationsOf(this.platform, customer)));
    const open = operations.filter((operation) => operation.status !== 'completed').map(({ id, type, status, reason }) => ({ id, type, status, reason }));
    return { operations: open, reserves: await reservesOf(this.platform, this.admin) };
  }

  private expectedOf(customer: TestCustomer): bigint {
    return this.expected.get(customer.id) ?? 0n;
  }

  private add(customer: TestCustomer, amount: bigint): void {
    this.lastAcceptedAt = Date.now();
    this.expected.set(customer.id, this.expectedOf(customer) + amount);
  }
}

/** Waits a random while (up to `maxMs`): the fault comes at a moment nobody chose. */
export function atRandomMoment(maxMs: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.floor(Math.random() * maxMs)));
}

/** The longest time from creation to the last change, per kind of operation: `deposit 2.1 s, transfer 0.8 s`. */
function slowestByKind(operations: { type: string; createdAt?: unknown; updatedAt?: unknown }[]): string {
  const slowest = new Map<string, number>();
  for (const operation of operations) {
    const took = Date.parse(String(operation.updatedAt)) - Date.parse(String(operation.createdAt));
    if (Number.isFinite(took)) slowest.set(operation.type, Math.max(slowest.get(operation.type) ?? 0, took));
  }
  return [...slowest].map(([type, ms]) => `${type} ${(ms / 1000).toFixed(1)} s`).join(', ');
}
