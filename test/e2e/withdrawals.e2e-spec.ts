import { randomUUID } from 'node:crypto';
import { createPublicClient, http } from 'viem';
import { euroTokenAbi } from '../../src/modules/chain/index.js';
import { adminSession } from '../support/client.js';
import { type TestCustomer, onboardCustomer, operatorCustomer } from '../support/customers.js';
import { balanceOf, bearer, fund, settled } from '../support/money.js';
import { type RunningPlatform, eventually, startPlatform } from '../support/platform.js';

const SETTLING_IBAN = 'DE89370400440532013000';
/** The sandbox bank returns payouts to this IBAN (SEPA return AC04, account closed). */
const RETURNING_IBAN = 'NL91ABNA0417164300';
const APPROVAL_THRESHOLD = 30_000n;

describe('withdrawals: hold, payout, burn; release on return; four eyes above the threshold', () => {
  let platform: RunningPlatform;
  let chain: ReturnType<typeof createPublicClient>;
  let token: `0x${string}`;
  let customer: TestCustomer;
  let settlingAccount: string;
  let returningAccount: string;
  let admin: { id: string; token: string };

  const withdraw = (who: { token: string }, body: object, key: string = randomUUID()) =>
    platform.http.post('/v1/me/withdrawals').set(bearer(who)).set('idempotency-key', key).send(body);
  const link = async (who: { token: string }, iban: string) =>
    (await platform.http.post('/v1/me/bank-accounts').set(bearer(who)).send({ iban, holderName: 'Test Holder' }).expect(201)).body.id as string;
  const totalSupply = () => chain.readContract({ address: token, abi: euroTokenAbi, functionName: 'totalSupply' });
  const reserves = async () => (await platform.http.get('/v1/admin/reserves').set(bearer(admin)).expect(200)).body;

  beforeAll(async () => {
    platform = await startPlatform({ WITHDRAWAL_APPROVAL_THRESHOLD: APPROVAL_THRESHOLD.toString() });
    chain = createPublicClient({ transport: http(`http://127.0.0.1:${platform.env.ANVIL_PORT}`) });
    token = (await platform.http.get('/v1/token').expect(200)).body.address;
    customer = await onboardCustomer(platform);
    await fund(platform, customer, 100_000n);
    settlingAccount = await link(customer, SETTLING_IBAN);
    returningAccount = await link(customer, RETURNING_IBAN);
    const session = await adminSession(platform);
    const me = await platform.http.get('/v1/me').set(bearer(session)).expect(200);
    admin = { id: me.body.id, token: session.token };
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('behavior: a withdrawal is held, paid out with an end-to-end id, then burned; supply and omnibus go down together', async () => {
    const supplyBefore = await totalSupply();
    const response = await withdraw(customer, { amount: '12000', bankAccountId: settlingAccount }).expect(202);
    expect(response.body).toMatchObject({ type: 'withdrawal', direction: 'outgoing', status: 'pending', amount: '12000', bankAccountId: settlingAccount });

    const completed = await settled(platform, customer, response.body.id, ['completed', 'released', 'failed']);
    expect(completed.status).toBe('completed');
    expect(completed.history.map((change) => change.status)).toEqual(['pending', 'funds_held', 'payout_sent', 'completed']);
    expect(completed.endToEndId).toEqual(expect.any(String));
    expect(await totalSupply()).toBe(supplyBefore - 12_000n);
    expect(await balanceOf(platform, customer)).toMatchObject({ available: '88000', held: '0', pendingOut: '0' });
    expect(await reserves()).toMatchObject({ reconciled: true, backed: true });
  });

  it('behavior: the same Idempotency-Key twice is one withdrawal', async () => {
    const key = randomUUID();
    const first = await withdraw(customer, { amount: '1000', bankAccountId: settlingAccount }, key).expect(202);
    const again = await withdraw(customer, { amount: '1000', bankAccountId: settlingAccount }, key).expect(202);
    expect(again.body.id).toBe(first.body.id);
    expect((await settled(platform, customer, first.body.id, ['completed', 'released', 'failed'])).status).toBe('completed');
    expect((await balanceOf(platform, customer)).available).toBe('87000');
  });

  it('behavior: a payout the bank returns releases the hold: the customer has the money back, nothing burned', async () => {
    const supplyBefore = await totalSupply();
    const response = await withdraw(customer, { amount: '5000', bankAccountId: returningAccount }).expect(202);
    const released = await settled(platform, customer, response.body.id, ['completed', 'released', 'failed']);
    expect(released.status).toBe('released');
    expect(released.history.map((change) => change.status)).toEqual(expect.arrayContaining(['pending', 'funds_held', 'payout_failed', 'released']));
    expect(released.reason).toMatch(/returned/);
    expect(await totalSupply()).toBe(supplyBefore);
    expect(await balanceOf(platform, customer)).toMatchObject({ available: '87000', held: '0', pendingOut: '0' });
    expect(await reserves()).toMatchObject({ reconciled: true });
  });

  it('error: more than the balance, an unknown bank account, or a bad amount is refused and nothing is held', async () => {
    expect((await withdraw(customer, { amount: '87001', bankAccountId: settlingAccount }).expect(422)).body.code).toBe('TRANSFERS.INSUFFICIENT_FUNDS');
    expect((await withdraw(customer, { amount: '100', bankAccountId: randomUUID() }).expect(404)).body.code).toBe('WITHDRAWALS.BANK_ACCOUNT_NOT_FOUND');
    await withdraw(customer, { amount: '-5', bankAccountId: settlingAccount }).expect(400);
    await platform.http.post('/v1/me/withdrawals').set(bearer(customer)).send({ amount: '100', bankAccountId: settlingAccount }).expect(400);
    expect(await balanceOf(platform, customer)).toMatchObject({ available: '87000', pendingOut: '0' });
  });

  it('behavior: above the threshold a withdrawal waits for an admin, funds reserved but not held; another person approves or rejects it', async () => {
    const response = await withdraw(customer, { amount: '40000', bankAccountId: settlingAccount }).expect(202);
    expect(response.body.status).toBe('awaiting_approval');
    expect(await balanceOf(platform, customer)).toMatchObject({ available: '47000', held: '0', pendingOut: '40000' });
    await platform.http.post(`/v1/admin/withdrawals/${response.body.id}/approve`).set(bearer(customer)).expect(403);

    const approved = await platform.http.post(`/v1/admin/withdrawals/${response.body.id}/approve`).set(bearer(admin)).expect(200);
    expect(approved.body.approvedBy).toBe(admin.id);
    const done = await settled(platform, customer, response.body.id, ['completed', 'released', 'failed']);
    expect(done.status).toBe('completed');
    expect(done.history.map((change) => change.status)).toEqual(['awaiting_approval', 'pending', 'funds_held', 'payout_sent', 'completed']);
    expect((await balanceOf(platform, customer)).available).toBe('47000');

    const refused = await withdraw(customer, { amount: '31000', bankAccountId: settlingAccount }).expect(202);
    expect((await balanceOf(platform, customer)).pendingOut).toBe('31000');
    const rejected = await platform.http.post(`/v1/admin/withdrawals/${refused.body.id}/reject`).set(bearer(admin)).expect(200);
    expect(rejected.body.status).toBe('rejected');
    expect(await balanceOf(platform, customer)).toMatchObject({ available: '47000', pendingOut: '0' });
  });

  it('error: four eyes: the requester cannot approve their own withdrawal, by either route', async () => {
    // An operator who is also a customer (an onboarded customer made admin) asks for a withdrawal.
    const dual = await operatorCustomer(platform, admin, 'admin');
    await fund(platform, dual, 50_000n);
    const account = await link(dual, SETTLING_IBAN);
    const response = await withdraw(dual, { amount: '35000', bankAccountId: account }).expect(202);
    expect(response.body.status).toBe('awaiting_approval');
    expect((await platform.http.post(`/v1/admin/withdrawals/${response.body.id}/approve`).set(bearer(dual)).expect(403)).body.code).toBe('APPROVALS.FOUR_EYES');
    // One maker-checker mechanism: the withdrawal is an approval request made by the customer who asked.
    const pending = (await platform.http.get('/v1/admin/approvals?status=pending').set(bearer(dual)).expect(200)).body.items as { action: string; params: { withdrawalId: string }; requestedBy: string; id: string }[];
    const request = pending.find((item) => item.action === 'withdrawal.approve' && item.params.withdrawalId === response.body.id);
    expect(request?.requestedBy).toBe(dual.id);
    expect((await platform.http.post(`/v1/admin/approvals/${request?.id}/approve`).set(bearer(dual)).send({}).expect(403)).body.code).toBe('APPROVALS.FOUR_EYES');
    expect(await balanceOf(platform, dual)).toMatchObject({ available: '15000', pendingOut: '35000' });
    // An operator-only account has no customer money routes at all.
    expect((await withdraw(admin, { amount: '100', bankAccountId: account }).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
  });

  it('behavior: withdrawals are in the history with the other operations', async () => {
    const items = (await platform.http.get('/v1/me/operations?limit=100').set(bearer(customer)).expect(200)).body.items as { type: string; status: string }[];
    expect(items.filter((item) => item.type === 'withdrawal').map((item) => item.status).sort()).toEqual(['completed', 'completed', 'completed', 'rejected', 'released']);
    expect(items.filter((item) => item.type === 'deposit')).toHaveLength(1);
  });
});
