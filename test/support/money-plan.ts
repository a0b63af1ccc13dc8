import { randomUUID } from 'node:crypto';
import type request from 'supertest';
import type { TestCustomer } from './customers.js';
import { bearer } from './money.js';
import { eventually } from './platform.js';

/** The states an operation ends in. */
export const TERMINAL = ['completed', 'failed', 'released', 'rejected'];

/** One transfer or withdrawal a test asks for, retried with its own Idempotency-Key until answered. */
export interface PlannedMovement {
  key: string;
  from: number;
  kind: 'transfer' | 'withdrawal';
  route: string;
  body: Record<string, unknown>;
  amount: bigint;
  to?: number;
  id?: string;
}

interface Target {
  readonly http: ReturnType<typeof request>;
}

/**
 * `count` transfers and withdrawals among `customers` (withdrawals where `isWithdrawal(i)`, to the
 * sender's bank account `bankAccounts[from]`), with amounts that differ so a mix-up shows.
 */
export function planMovements(customers: TestCustomer[], bankAccounts: string[], count: number, isWithdrawal: (index: number) => boolean): PlannedMovement[] {
  return Array.from({ length: count }, (_, i) => {
    const from = i % customers.length;
    const amount = BigInt(100 + ((i * 379) % 2900));
    if (!isWithdrawal(i)) {
      const to = (from + 1) % customers.length;
      return { key: randomUUID(), from, to, kind: 'transfer', amount, route: '/v1/me/transfers', body: { to: { email: customers[to].email }, amount: amount.toString() } };
    }
    return { key: randomUUID(), from, kind: 'withdrawal', amount, route: '/v1/me/withdrawals', body: { amount: amount.toString(), bankAccountId: bankAccounts[from] } };
  });
}

/**
 * Asks for the planned movements as a client that may lose its connection would: an unanswered
 * request is asked again with the same key, and the same key must never answer two operations.
 */
export class MovementClient {
  constructor(
    private readonly target: Target,
    private readonly customers: TestCustomer[],
  ) {}

  async ask(planned: PlannedMovement): Promise<void> {
    try {
      const response = await this.target.http.post(planned.route).set(bearer(this.customers[planned.from])).set('idempotency-key', planned.key).send(planned.body);
      if (response.status === 202) {
        if (planned.id && planned.id !== response.body.id) throw new Error(`the same key answered two operations: ${planned.id} and ${response.body.id}`);
        planned.id = response.body.id;
      } else if (response.status !== 409 && response.status < 500) {
        throw new Error(`unexpected answer ${response.status}: ${JSON.stringify(response.body)}`);
      }
    } catch (error) {
      if (/two operations|unexpected answer/.test(String(error))) throw error;
      // The connection died with the process: asked again later.
    }
  }

  /** Asks for every movement not answered yet. */
  async askUnanswered(plan: PlannedMovement[]): Promise<void> {
    await Promise.all(plan.filter((planned) => !planned.id).map((planned) => this.ask(planned)));
  }

  /** Asks again until every movement has its operation (a key locked by a killed request frees itself after a minute). */
  async untilAnswered(plan: PlannedMovement[]): Promise<void> {
    await eventually(
      async () => {
        await this.askUnanswered(plan);
        return plan.every((planned) => planned.id) ? true : undefined;
      },
      'an answer for every operation',
      180_000,
    );
  }

  /** Each movement's operation once it is terminal, in the plan's order. */
  async outcomes(plan: PlannedMovement[], timeoutMs = 180_000): Promise<{ status: string }[]> {
    return eventually(
      async () => {
        const operations = await Promise.all(
          plan.map(async (planned) => (await this.target.http.get(`/v1/operations/${planned.id}`).set(bearer(this.customers[planned.from])).expect(200)).body as { status: string }),
        );
        return operations.every((operation) => TERMINAL.includes(operation.status)) ? operations : undefined;
      },
      'every operation to end in a terminal state',
      timeoutMs,
    );
  }
}

/** What each customer should hold after the completed movements, from their opening balances, and what was burned. */
export function expectedBalances(plan: PlannedMovement[], outcomes: { status: string }[], opening: bigint[]): { balances: bigint[]; burned: bigint } {
  const balances = [...opening];
  let burned = 0n;
  plan.forEach((planned, index) => {
    if (outcomes[index].status !== 'completed') return;
    balances[planned.from] -= planned.amount;
    if (planned.kind === 'transfer') balances[planned.to as number] += planned.amount;
    else burned += planned.amount;
  });
  return { balances, burned };
}
