import { randomUUID } from 'node:crypto';
import { DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { type TestCustomer, onboardCustomer } from '../support/customers.js';
import { bearer, fund, settled } from '../support/money.js';
import { type RunningPlatform, TEST_ADMIN, eventually, startPlatform } from '../support/platform.js';

interface AuditEntry {
  seq: number;
  type: string;
  aggregateId: string;
  customerId?: string;
  actor: string;
  actorRoles: string[];
  data: Record<string, unknown>;
}

describe('operators: the audit trail', () => {
  let platform: RunningPlatform;
  let admin: { id: string; token: string };
  let alice: TestCustomer;
  let bob: TestCustomer;

  const audit = async (query: string): Promise<AuditEntry[]> =>
    (await platform.http.get(`/v1/admin/audit?${query}`).set(bearer(admin)).expect(200)).body.items as AuditEntry[];

  beforeAll(async () => {
    platform = await startPlatform();
    const login = await platform.http.post('/v1/auth/login').send(TEST_ADMIN).expect(200);
    const me = await platform.http.get('/v1/me').set(bearer({ token: login.body.accessToken })).expect(200);
    admin = { id: me.body.id, token: login.body.accessToken };
    [alice, bob] = await Promise.all([onboardCustomer(platform), onboardCustomer(platform)]);
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('behavior: a deposit, a transfer and a withdrawal appear in order with their actors, and the chain verifies', async () => {
    await fund(platform, alice, 50_000n);
    const transfer = await platform.http
      .post('/v1/me/transfers')
      .set(bearer(alice))
      .set('idempotency-key', randomUUID())
      .send({ to: { email: bob.email }, amount: '1500' })
      .expect(202);
    await settled(platform, alice, transfer.body.id);
    const account = await platform.http.post('/v1/me/bank-accounts').set(bearer(alice)).send({ iban: 'DE89370400440532013000', holderName: 'Alice Holder' }).expect(201);
    const withdrawal = await platform.http
      .post('/v1/me/withdrawals')
      .set(bearer(alice))
      .set('idempotency-key', randomUUID())
      .send({ amount: '2000', bankAccountId: account.body.id })
      .expect(202);
    await settled(platform, alice, withdrawal.body.id, ['completed']);

    const entries = await eventually(async () => {
      const items = await audit(`customerId=${alice.id}&limit=200`);
      return items.some((entry) => entry.type === 'tokenizer.withdrawal-completed') ? items : undefined;
    }, 'the withdrawal in the audit trail');
    const chronological = [...entries].reverse();
    const position = (predicate: (entry: AuditEntry) => boolean) => chronological.findIndex(predicate);
    const deposit = position((entry) => entry.type === 'tokenizer.deposit-completed');
    const transferRequested = position((entry) => entry.type === 'audit.action-recorded' && entry.data.action === 'TransfersController.create');
    const transferCompleted = position((entry) => entry.type === 'tokenizer.transfer-completed' && entry.aggregateId === transfer.body.id);
    const withdrawalRequested = position((entry) => entry.type === 'audit.action-recorded' && entry.data.resultId === withdrawal.body.id);
    const withdrawalCompleted = position((entry) => entry.type === 'tokenizer.withdrawal-completed');
    expect([deposit, transferRequested, transferCompleted, withdrawalRequested, withdrawalCompleted].every((index) => index >= 0)).toBe(true);
    expect(deposit).toBeLessThan(transferRequested);
    expect(transferRequested).toBeLessThan(transferCompleted);
    expect(transferCompleted).toBeLessThan(withdrawalRequested);
    expect(withdrawalRequested).toBeLessThan(withdrawalCompleted);
    expect(chronological[deposit].actor).toBe('system');
    expect(chronological[transferRequested]).toMatchObject({ actor: alice.id, actorRoles: ['customer'] });
    expect(chronological[withdrawalRequested]).toMatchObject({ actor: alice.id, data: { outcome: 'succeeded', resultStatus: 'pending' } });
    // The recipient sees the transfer in their own trail.
    expect((await audit(`customerId=${bob.id}&type=tokenizer.transfer-completed`)).map((entry) => entry.aggregateId)).toContain(transfer.body.id);
    // No personal data in clear anywhere in the trail.
    const raw = JSON.stringify(entries);
    for (const secret of [alice.email, bob.email, alice.phone, 'DE89370400440532013000', 'Alice Holder']) expect(raw).not.toContain(secret);

    const verification = await platform.http.get('/v1/admin/audit/verify').set(bearer(admin)).expect(200);
    expect(verification.body).toMatchObject({ verified: true });
    expect(verification.body.entriesChecked).toBe(verification.body.headSeq);
  });

  it('behavior: pages follow nextCursor newest first, without repeats', async () => {
    const first = (await platform.http.get('/v1/admin/audit?limit=5').set(bearer(admin)).expect(200)).body;
    const second = (await platform.http.get(`/v1/admin/audit?limit=5&cursor=${first.nextCursor}`).set(bearer(admin)).expect(200)).body;
    const seqs = [...first.items, ...second.items].map((entry: AuditEntry) => entry.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(new Set(seqs).size).toBe(10);
    await platform.http.get('/v1/admin/audit?cursor=not-a-cursor').set(bearer(admin)).expect(400);
    await platform.http.get('/v1/admin/audit?email=a@b.c').set(bearer(admin)).expect(400);
  });

  it('error: a customer cannot read the audit trail', async () => {
    const response = await platform.http.get('/v1/admin/audit').set(bearer(alice)).expect(403);
    expect(response.body.code).toBe('AUTH.FORBIDDEN');
  });

  it('error: a raw edit of one entry in the table is detected at that entry', async () => {
    const entries = await audit('limit=20');
    const victim = entries[10];
    const dynamo = new DynamoDBClient({ endpoint: `http://127.0.0.1:${platform.env.DYNAMODB_PORT}`, region: 'eu-west-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
    await dynamo.send(
      new UpdateItemCommand({
        TableName: 'eurt_audit_log',
        Key: { partition: { S: 'main' }, seq: { N: String(victim.seq) } },
        UpdateExpression: 'SET #actor = :actor',
        ExpressionAttributeNames: { '#actor': 'actor' },
        ExpressionAttributeValues: { ':actor': { S: 'someone-else' } },
      }),
    );
    dynamo.destroy();
    const verification = await platform.http.get('/v1/admin/audit/verify').set(bearer(admin)).expect(200);
    expect(verification.body).toMatchObject({ verified: false, firstBreak: { seq: victim.seq, reason: 'hash_mismatch' } });
  });
});
