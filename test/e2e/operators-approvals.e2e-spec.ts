import { newCustomerInput } from '../support/customers.js';
import { bearer } from '../support/money.js';
import { type RunningPlatform, TEST_ADMIN, eventually, startPlatform } from '../support/platform.js';

interface Account {
  id: string;
  email: string;
  phone?: string;
  password: string;
  token: string;
}

describe('operators: maker-checker for pause and role grants', () => {
  let platform: RunningPlatform;
  let adminA: Account;
  let adminB: Account;
  let compliance: Account;
  let customer: Account;

  const login = async (email: string, password: string) => (await platform.http.post('/v1/auth/login').send({ email, password }).expect(200)).body.accessToken as string;
  const register = async (): Promise<Account> => {
    const input = newCustomerInput();
    const registered = await platform.http.post('/v1/auth/register').send(input).expect(201);
    return { id: registered.body.id, email: input.email, phone: input.phone, password: input.password, token: await login(input.email, input.password) };
  };
  const relogin = async (account: Account) => ({ ...account, token: await login(account.email, account.password) });
  const paused = async () => (await platform.http.get('/v1/token').expect(200)).body.paused as boolean;
  const pending = async (who: Account) => (await platform.http.get('/v1/admin/approvals?status=pending').set(bearer(who)).expect(200)).body.items as { id: string; action: string; requestedBy: string; description: string }[];

  beforeAll(async () => {
    platform = await startPlatform();
    const token = await login(TEST_ADMIN.email, TEST_ADMIN.password);
    const me = await platform.http.get('/v1/me').set(bearer({ token })).expect(200);
    adminA = { id: me.body.id, email: TEST_ADMIN.email, password: TEST_ADMIN.password, token };
    [adminB, compliance, customer] = [await register(), await register(), await register()];
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('behavior: the sole admin\'s first grant of admin takes effect at once (nobody else could approve it)', async () => {
    const response = await platform.http.post(`/v1/admin/operators/${adminB.id}/roles`).set(bearer(adminA)).send({ role: 'admin', reason: 'second admin' }).expect(202);
    expect(response.body).toMatchObject({ action: 'operator.grant-role', status: 'executed' });
    adminB = await relogin(adminB);
    expect((await platform.http.get('/v1/me').set(bearer(adminB)).expect(200)).body.roles).toContain('admin');
  });

  it('behavior: a role grant needs a second admin; the requester cannot approve it', async () => {
    const requested = await platform.http.post('/v1/admin/operators/invitations').set(bearer(adminA)).send({ email: compliance.email, role: 'compliance' }).expect(202);
    expect(requested.body.status).toBe('pending');
    expect(await pending(adminB)).toEqual(expect.arrayContaining([expect.objectContaining({ id: requested.body.id, requestedBy: adminA.id, description: `Grant the compliance role to account ${compliance.id}` })]));

    const own = await platform.http.post(`/v1/admin/approvals/${requested.body.id}/approve`).set(bearer(adminA)).send({}).expect(403);
    expect(own.body.code).toBe('APPROVALS.FOUR_EYES');
    expect((await platform.http.get('/v1/me').set(bearer(await relogin(compliance))).expect(200)).body.roles).not.toContain('compliance');

    const approved = await platform.http.post(`/v1/admin/approvals/${requested.body.id}/approve`).set(bearer(adminB)).send({ reason: 'checked' }).expect(200);
    expect(approved.body).toMatchObject({ status: 'executed', decidedBy: adminB.id });
    compliance = await relogin(compliance);
    expect((await platform.http.get('/v1/me').set(bearer(compliance)).expect(200)).body.roles).toEqual(expect.arrayContaining(['compliance']));
    const again = await platform.http.post(`/v1/admin/approvals/${requested.body.id}/approve`).set(bearer(adminB)).send({}).expect(409);
    expect(again.body.code).toBe('APPROVALS.NOT_PENDING');
  });

  it('behavior: pause by admin A takes effect only after admin B approves; unpause the same way', async () => {
    const requested = await platform.http.post('/v1/admin/token/pause').set(bearer(adminA)).send({ reason: 'drill' }).expect(202);
    expect(requested.body).toMatchObject({ action: 'token.pause', status: 'pending' });
    expect((await platform.http.post(`/v1/admin/approvals/${requested.body.id}/approve`).set(bearer(adminA)).send({}).expect(403)).body.code).toBe('APPROVALS.FOUR_EYES');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await paused()).toBe(false);

    await platform.http.post(`/v1/admin/approvals/${requested.body.id}/approve`).set(bearer(adminB)).send({}).expect(200);
    await eventually(async () => ((await paused()) ? true : undefined), 'the token to be paused');

    const unpause = await platform.http.post('/v1/admin/token/unpause').set(bearer(adminB)).send({}).expect(202);
    await platform.http.post(`/v1/admin/approvals/${unpause.body.id}/approve`).set(bearer(adminA)).send({}).expect(200);
    await eventually(async () => ((await paused()) ? undefined : true), 'the token to be unpaused');

    const trail = (await platform.http.get(`/v1/admin/audit?aggregateId=${requested.body.id}`).set(bearer(adminA)).expect(200)).body.items as { type: string; actor: string }[];
    await eventually(async () => {
      const items = (await platform.http.get(`/v1/admin/audit?aggregateId=${requested.body.id}`).set(bearer(adminA)).expect(200)).body.items as { type: string; actor: string }[];
      const types = items.map((entry) => entry.type);
      return types.includes('approvals.executed') ? items : undefined;
    }, 'both steps in the audit trail');
    expect(trail.length).toBeGreaterThan(0);
    const steps = (await platform.http.get(`/v1/admin/audit?aggregateId=${requested.body.id}`).set(bearer(adminA)).expect(200)).body.items as { type: string; actor: string }[];
    expect(steps.find((entry) => entry.type === 'approvals.requested')?.actor).toBe(adminA.id);
    expect(steps.find((entry) => entry.type === 'approvals.approved')?.actor).toBe(adminB.id);
  });

  it('behavior: operators list open and failed chain transactions with nonce, age and error', async () => {
    for (const status of ['open', 'failed']) {
      const items = (await platform.http.get(`/v1/admin/chain-transactions?status=${status}`).set(bearer(adminA)).expect(200)).body.items as { status: string; ageSeconds: number }[];
      for (const item of items) expect(status === 'open' ? item.status !== 'confirmed' && item.status !== 'failed' : item.status === 'failed').toBe(true);
    }
    await platform.http.get('/v1/admin/chain-transactions?status=stuck').set(bearer(adminA)).expect(400);
    await platform.http.get('/v1/admin/chain-transactions').set(bearer(customer)).expect(403);
  });

  it('behavior: a rejected request changes nothing', async () => {
    const requested = await platform.http.post('/v1/admin/token/pause').set(bearer(adminA)).send({}).expect(202);
    const rejected = await platform.http.post(`/v1/admin/approvals/${requested.body.id}/reject`).set(bearer(adminB)).send({ reason: 'no incident' }).expect(200);
    expect(rejected.body.status).toBe('rejected');
    expect((await platform.http.get('/v1/admin/approvals?status=rejected').set(bearer(adminA)).expect(200)).body.items.map((item: { id: string }) => item.id)).toContain(requested.body.id);
    expect(await paused()).toBe(false);
  });

  it('behavior: operators find a customer by e-mail or phone, see their state and operations; the first admin is not a customer', async () => {
    const byEmail = (await platform.http.get(`/v1/admin/customers?email=${encodeURIComponent(customer.email.toUpperCase())}`).set(bearer(adminA)).expect(200)).body.items;
    expect(byEmail.map((item: { id: string }) => item.id)).toEqual([customer.id]);
    const byPhone = (await platform.http.get(`/v1/admin/customers?phone=${encodeURIComponent(customer.phone as string)}`).set(bearer(compliance)).expect(200)).body.items;
    expect(byPhone.map((item: { id: string }) => item.id)).toEqual([customer.id]);
    expect((await platform.http.get('/v1/admin/customers?email=nobody@example.com').set(bearer(adminA)).expect(200)).body.items).toEqual([]);
    await platform.http.get('/v1/admin/customers?email=not-an-email').set(bearer(adminA)).expect(400);

    const listed = (await platform.http.get('/v1/admin/customers?limit=100').set(bearer(adminA)).expect(200)).body.items.map((item: { id: string }) => item.id);
    expect(listed).toContain(customer.id);
    expect(listed).not.toContain(adminA.id);

    const detail = (await platform.http.get(`/v1/admin/customers/${customer.id}`).set(bearer(compliance)).expect(200)).body;
    expect(detail).toMatchObject({ id: customer.id, kycStatus: 'none', roles: ['customer'], limits: { withdrawalApprovalThreshold: expect.any(String) } });
    expect(JSON.stringify(detail)).not.toContain(customer.email);
    expect((await platform.http.get(`/v1/admin/customers/${customer.id}/operations`).set(bearer(adminA)).expect(200)).body.items).toEqual([]);
    await platform.http.get(`/v1/admin/customers/${customer.id}`).set(bearer(customer)).expect(403);
  });

  it('error: the new admin routes refuse a customer token and a compliance operator where only admin may act', async () => {
    for (const [method, path] of [
      ['post', '/v1/admin/token/pause'],
      ['get', '/v1/admin/approvals'],
      ['get', '/v1/admin/audit'],
      ['get', '/v1/admin/operators'],
      ['post', `/v1/admin/operators/${customer.id}/roles`],
    ] as const) {
      const response = await platform.http[method](path).set(bearer(customer)).send({ role: 'admin' });
      expect([path, response.status, response.body.code]).toEqual([path, 403, 'AUTH.FORBIDDEN']);
    }
    for (const [method, path] of [
      ['post', '/v1/admin/token/pause'],
      ['post', '/v1/admin/token/unpause'],
      ['get', '/v1/admin/operators'],
      ['post', `/v1/admin/operators/${customer.id}/roles`],
    ] as const) {
      const response = await platform.http[method](path).set(bearer(compliance)).send({ role: 'admin' });
      expect([path, response.status]).toEqual([path, 403]);
    }
    // Compliance may read the audit trail and the approvals, but may not approve an admin-only action.
    await platform.http.get('/v1/admin/audit').set(bearer(compliance)).expect(200);
    const requested = await platform.http.post('/v1/admin/token/pause').set(bearer(adminA)).send({}).expect(202);
    const refused = await platform.http.post(`/v1/admin/approvals/${requested.body.id}/approve`).set(bearer(compliance)).send({}).expect(403);
    expect(refused.body.code).toBe('APPROVALS.ROLE_REQUIRED');
    await platform.http.post(`/v1/admin/approvals/${requested.body.id}/reject`).set(bearer(adminA)).send({ reason: 'withdrawn' }).expect(200);
  });
});
