import type { TestCustomer } from './customers.js';
import { type PlatformClient, bearer } from './client.js';
import { eventually } from './platform.js';

export { bearer };

export async function balanceOf(platform: PlatformClient, customer: Pick<TestCustomer, 'token'>) {
  return (await platform.http.get('/v1/me/balance').set(bearer(customer)).expect(200)).body as {
    available: string;
    held: string;
    pendingIn: string;
    pendingOut: string;
  };
}

/** Plays the customer's bank: a SEPA credit with their reference, then waits until it is minted. */
export async function fund(platform: PlatformClient, customer: Pick<TestCustomer, 'token' | 'depositReference'>, amount: bigint): Promise<void> {
  const before = BigInt((await balanceOf(platform, customer)).available);
  await platform.http
    .post('/v1/sandbox/bank/incoming-transfers')
    .send({ amount: amount.toString(), currency: 'EUR', reference: customer.depositReference, senderIban: 'DE89370400440532013000', senderName: 'Test Sender' })
    .expect(202);
  await eventually(async () => (BigInt((await balanceOf(platform, customer)).available) === before + amount ? true : undefined), 'the deposit to be minted');
}

export async function operationsOf(platform: PlatformClient, customer: TestCustomer, limit = 100) {
  return (await platform.http.get(`/v1/me/operations?limit=${limit}`).set(bearer(customer)).expect(200)).body.items as Operation[];
}

export interface Operation {
  id: string;
  type: string;
  status: string;
  amount: string;
  direction?: string;
  origin?: string;
  reason?: string;
  reasonCode?: string;
  transactionHash?: string;
  counterparty?: { address: string };
  history: { status: string }[];
  [field: string]: unknown;
}

/** Waits until the operation reaches a terminal state in `customer`'s eyes, and returns it. */
export function settled(platform: PlatformClient, customer: TestCustomer, operationId: string, terminal = ['completed', 'failed']) {
  return eventually(async () => {
    const response = await platform.http.get(`/v1/operations/${operationId}`).set(bearer(customer)).expect(200);
    return terminal.includes(response.body.status) ? (response.body as Operation) : undefined;
  }, `operation ${operationId} to settle`);
}
