import { randomUUID } from 'node:crypto';
import { type Session, adminSession, bearer } from '../support/client.js';
import { type TestCustomer, onboardCustomer, operatorCustomer } from '../support/customers.js';
import { balanceOf, fund, operationsOf } from '../support/money.js';
import { type RunningPlatform, startPlatform } from '../support/platform.js';

const SETTLING_IBAN = 'DE89370400440532013000';
const LIMITS = {
  TRANSFER_MAX_AMOUNT: '5000',
  TRANSFER_DAILY_LIMIT: '8000',
  WITHDRAWAL_MAX_AMOUNT: '6000',
  WITHDRAWAL_DAILY_LIMIT: '6000',
  WITHDRAWAL_APPROVAL_THRESHOLD: '3000',
};

/** Who may call what, and how much: idempotency scope, customer-only routes, no self-dealing, amount limits. */
describe('access control: idempotency scope, customer-only money routes, self-dealing, amount limits', () => {
  let platform: RunningPlatform;
  let admin: Session & { id: string };
  let dual: TestCustomer;
  let alice: TestCustomer;
  let bob: TestCustomer;

  const post = (path: string, who: Session, body: object, key = randomUUID()) => platform.http.post(path).set(bearer(who)).set('idempotency-key', key).send(body);
  const transfer = (from: TestCustomer, amount: string, key?: string) => post('/v1/me/transfers', from, { to: { email: bob.email }, amount }, key);
  const approvalsOf = async (action: string) =>
    ((await platform.http.get('/v1/admin/approvals?status=pending').set(bearer(admin)).expect(200)).body.items as { id: string; action: string; params: Record<string, string> }[]).filter(
      (item) => item.action === action,
    );

  beforeAll(async () => {
    platform = await startPlatform(LIMITS);
    const session = await adminSession(platform);
    admin = { ...session, id: (await platform.http.get('/v1/me').set(bearer(session)).expect(200)).body.id as string };
    // The sole admin's grant takes effect at once: `dual` is an admin who is also a customer.
    dual = await operatorCustomer(platform, admin, 'admin');
    [alice, bob] = [await onboardCustomer(platform), await onboardCustomer(platform)];
    await fund(platform, alice, 30_000n);
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('behavior: one Idempotency-Key on two resources is two requests; on the same resource it replays, with another body it is a 409', async () => {
    const key = randomUUID();
    const body = { direction: 'mint', amount: '100', reason: 'OPS-1 reconciliation' };
    const forAlice = await post(`/v1/admin/customers/${alice.id}/corrections`, admin, body, key).expect(202);
    const forBob = await post(`/v1/admin/customers/${bob.id}/corrections`, admin, body, key).expect(202);
    expect(forBob.headers['idempotent-replayed']).toBeUndefined();
    expect(forBob.body.id).not.toBe(forAlice.body.id);
    const requested = await approvalsOf('correction.mint');
    expect(requested.find((item) => item.id === forAlice.body.id)?.params.customerId).toBe(alice.id);
    expect(requested.find((item) => item.id === forBob.body.id)?.params.customerId).toBe(bob.id);

    const replayed = await post(`/v1/admin/customers/${bob.id}/corrections`, admin, body, key).expect(202);
    expect(replayed.headers['idempotent-replayed']).toBe('true');
    expect(replayed.body.id).toBe(forBob.body.id);
    const reused = await post(`/v1/admin/customers/${bob.id}/corrections`, admin, { ...body, amount: '200' }, key).expect(409);
    expect(reused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    for (const { id } of [forAlice.body, forBob.body]) await platform.http.post(`/v1/admin/approvals/${id}/reject`).set(bearer(admin)).send({ reason: 'test' }).expect(200);
  });

  it('error: the money routes need the customer role: an operator-only token gets 403 and nothing happens', async () => {
    expect((await transfer(admin as unknown as TestCustomer, '100').expect(403)).body).toMatchObject({ code: 'AUTH.FORBIDDEN', status: 403 });
    expect((await post('/v1/me/withdrawals', admin, { amount: '100', bankAccountId: randomUUID() }).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    expect((await post('/v1/me/topups', admin, { amount: '100' }).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    expect((await platform.http.get('/v1/me/bank-accounts').set(bearer(admin)).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    expect((await platform.http.post('/v1/me/kyc').set(bearer(admin)).send({}).expect(403)).body.code).toBe('AUTH.FORBIDDEN');
    // The same routes serve an operator who is also a customer.
    expect((await platform.http.get('/v1/me/bank-accounts').set(bearer(dual)).expect(200)).body.items).toEqual([]);
  });

  it('error: no self-dealing: an operator cannot request or approve an action on their own customer account', async () => {
    const own = await post(`/v1/admin/customers/${dual.id}/corrections`, dual, { direction: 'mint', amount: '100', reason: 'for me' }).expect(403);
    expect(own.body).toMatchObject({ code: 'APPROVALS.SELF_DEALING', status: 403 });
    const recovery = await post(`/v1/admin/customers/${dual.id}/wallet-recovery`, dual, { reason: 'lost my phone' }).expect(403);
    expect(recovery.body.code).toBe('APPROVALS.SELF_DEALING');
    expect((await approvalsOf('correction.mint')).filter((item) => item.params.customerId === dual.id)).toEqual([]);

    // Asked by another admin, it is still not theirs to approve; the other admin can withdraw it.
    const asked = (await post(`/v1/admin/customers/${dual.id}/corrections`, admin, { direction: 'mint', amount: '100', reason: 'OPS-2' }).expect(202)).body;
    const approve = await platform.http.post(`/v1/admin/approvals/${asked.id}/approve`).set(bearer(dual)).send({}).expect(403);
    expect(approve.body.code).toBe('APPROVALS.SELF_DEALING');
    expect((await platform.http.get(`/v1/admin/approvals/${asked.id}`).set(bearer(admin)).expect(200)).body.status).toBe('pending');
    await platform.http.post(`/v1/admin/approvals/${asked.id}/reject`).set(bearer(admin)).send({ reason: 'test' }).expect(200);
  });

  it('error: a transfer above the per-operation maximum is a 422 with the maximum; nothing is held or recorded', async () => {
    const before = await balanceOf(platform, alice);
    const refused = await transfer(alice, '5001').expect(422);
    expect(refused.body).toMatchObject({ code: 'LIMITS.PER_OPERATION_EXCEEDED', kind: 'transfer', maximum: '5000' });
    expect(await balanceOf(platform, alice)).toEqual(before);
    expect((await operationsOf(platform, alice)).filter((operation) => operation.type === 'transfer')).toEqual([]);
  });

  it('behavior: the daily limit is exact under concurrent requests; a refusal says what remains and changes nothing', async () => {
    await transfer(alice, '5000').expect(202);
    // 3000 cents remain: of four concurrent 2000-cent transfers exactly one fits.
    const answers = await Promise.all([1, 2, 3, 4].map(() => transfer(alice, '2000')));
    expect(answers.map((answer) => answer.status).sort()).toEqual([202, 422, 422, 422]);
    for (const refused of answers.filter((answer) => answer.status === 422)) {
      expect(refused.body).toMatchObject({ code: 'LIMITS.DAILY_EXCEEDED', kind: 'transfer', limit: '8000', remaining: '1000', windowHours: 24 });
    }
    expect((await transfer(alice, '1001').expect(422)).body.remaining).toBe('1000');
    await transfer(alice, '1000').expect(202);
    const sent = (await operationsOf(platform, alice)).filter((operation) => operation.type === 'transfer');
    expect(sent.map((operation) => operation.amount).sort()).toEqual(['1000', '2000', '5000']);
  });

  it('behavior: a withdrawal that does not go through gives its amount back to the daily window', async () => {
    const account = (await platform.http.post('/v1/me/bank-accounts').set(bearer(alice)).send({ iban: SETTLING_IBAN, holderName: 'Test Holder' }).expect(201)).body.id as string;
    expect((await post('/v1/me/withdrawals', alice, { amount: '6001', bankAccountId: account }).expect(422)).body.code).toBe('LIMITS.PER_OPERATION_EXCEEDED');
    const waiting = (await post('/v1/me/withdrawals', alice, { amount: '4000', bankAccountId: account }).expect(202)).body;
    expect(waiting.status).toBe('awaiting_approval');
    const refused = await post('/v1/me/withdrawals', alice, { amount: '3000', bankAccountId: account }).expect(422);
    expect(refused.body).toMatchObject({ code: 'LIMITS.DAILY_EXCEEDED', kind: 'withdrawal', remaining: '2000' });

    await platform.http.post(`/v1/admin/withdrawals/${waiting.id}/reject`).set(bearer(admin)).send({ reason: 'test' }).expect(200);
    const accepted = await post('/v1/me/withdrawals', alice, { amount: '3000', bankAccountId: account }).expect(202);
    expect(accepted.body.status).toBe('pending');
  });
});
