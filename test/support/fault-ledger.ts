import { randomUUID } from 'node:crypto';
import { type Address, type Hex, type PublicClient, parseAbi } from 'viem';
import { type Session, reservesOf } from './client.js';
import type { TestCustomer } from './customers.js';
import { balanceOf, bearer, operationsOf } from './money.js';
import { type RunningPlatform, eventually } from './platform.js';

const token = parseAbi(['function balanceOf(address) view returns (uint256)']);

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
  private deposits = 0;

  constructor(
    private readonly platform: RunningPlatform,
    private readonly admin: Session,
    private readonly chain: PublicClient,
    private readonly tokenAddress: Hex,
    private readonly operator: Address,
    private readonly customers: TestCustomer[],
  ) {}

  /** A deposit the test made outside this ledger (e.g. `fund`). */
  credited(customer: TestCustomer, amount: bigint): void {
    this.add(customer, amount);
    this.deposits += 1;
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

  get counts(): string {
    return `${this.deposits} deposits and ${this.transfers.length} transfers accepted so far`;
  }

  /** Every accepted operation completed exactly once, the chain agrees with the API, no transaction left open. */
  async expectEverythingCompletedOnce(fault: string, restoredAt: number): Promise<void> {
    await eventually(
      async () => {
        for (const customer of this.customers) {
          if (BigInt((await balanceOf(this.platform, customer)).available) !== this.expectedOf(customer)) return undefined;
        }
        const reserves = await reservesOf(this.platform, this.admin);
        return reserves.backed && reserves.reconciled && reserves.inFlight === '0' ? true : undefined;
      },
      'every operation to complete after the restore',
      240_000,
    ).catch(async (error: Error) => {
      throw new Error(`${error.message}\n${fault}: ${this.counts}; still open: ${JSON.stringify(await this.stillOpen())}`);
    });
    const recoveredInMs = Date.now() - restoredAt;
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
    for (const { id } of this.transfers) expect(operations.find((operation) => operation.id === id)?.status).toBe('completed');
    const pending = await this.chain.getTransactionCount({ address: this.operator, blockTag: 'pending' });
    expect(pending).toBe(await this.chain.getTransactionCount({ address: this.operator, blockTag: 'latest' }));
    console.log(`[fault] ${fault}: ${this.counts}, all completed once; recovered ${recoveredInMs} ms after the restore`);
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
    this.expected.set(customer.id, this.expectedOf(customer) + amount);
  }
}
