import { randomUUID } from 'node:crypto';
import { DynamoDBClient, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { type TestCustomer, onboardCustomer } from '../support/customers.js';
import { EventBridgeWireServer } from '../support/eventbridge-wire-server.js';
import { bearer, fund, operationsOf, settled } from '../support/money.js';
import { type RunningPlatform, TEST_ADMIN, eventually, startPlatform } from '../support/platform.js';

interface AuditEntry {
  seq: number;
  eventId: string;
  type: string;
  aggregateId: string;
  customerId?: string;
  actor: string;
  actorRoles: string[];
  data: Record<string, unknown>;
}

/** Every third event is refused on its first attempt (an induced partial failure). */
const refuseFirstAttemptOfSome = (eventId: string, attempt: number) => attempt === 1 && parseInt(eventId.replace(/-/g, '').slice(-2), 16) % 3 === 0;


const FLOW_EVENT_TYPES = ['tokenizer.deposit-completed', 'tokenizer.transfer-completed', 'tokenizer.withdrawal-completed', 'bank.payout-settled'];
describe('operators: the audit trail, and the same events on EventBridge', () => {
  let platform: RunningPlatform;
  const eventBridge = new EventBridgeWireServer(refuseFirstAttemptOfSome);
  let admin: { id: string; token: string };
  let alice: TestCustomer;
  let bob: TestCustomer;

  const audit = async (query: string): Promise<AuditEntry[]> =>
    (await platform.http.get(`/v1/admin/audit?${query}`).set(bearer(admin)).expect(200)).body.items as AuditEntry[];

  beforeAll(async () => {
    const endpoint = await eventBridge.start();
    platform = await startPlatform({
      EVENTBRIDGE_BUS_NAME: 'eurt-test-bus',
      EVENTBRIDGE_ENDPOINT: endpoint,
      // The standard credential chain finds these in the environment; the wire server checks the signature header is there.
      AWS_ACCESS_KEY_ID: 'AKIDTESTWIRE',
      AWS_SECRET_ACCESS_KEY: 'test-wire-secret',
    });
    const login = await platform.http.post('/v1/auth/login').send(TEST_ADMIN).expect(200);
    const me = await platform.http.get('/v1/me').set(bearer({ token: login.body.accessToken })).expect(200);
    admin = { id: me.body.id, token: login.body.accessToken };
    [alice, bob] = await Promise.all([onboardCustomer(platform), onboardCustomer(platform)]);
  });

  afterAll(async () => {
    await platform?.close();
    await eventBridge.stop();
  });

  it('behavior: a deposit, a transfer and a withdrawal appear in order with their actors, and the chain verifies', async () => {
    await fund(platform, alice, 50_000n);
    // fund() sees the minted balance on chain; the deposit's own completion is recorded a moment later.
    await eventually(async () => ((await operationsOf(platform, alice)).some((op) => op.type === 'deposit' && op.status === 'completed') ? true : undefined), 'the deposit completed');
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

  it('behavior: the same flows arrive on EventBridge as batched PutEvents, once each after the induced failures, in order per aggregate', async () => {
    const trail = await eventually(async () => {
      const items = await audit(`customerId=${alice.id}&limit=200`);
      const ids = new Set(eventBridge.accepted.map((entry) => entry.detail.eventId));
      // The bank's payout events name no customer: wait for them too, not only for the customer's trail.
      const types = new Set(eventBridge.accepted.map((entry) => entry.detailType));
      const flowsOnWire = FLOW_EVENT_TYPES.every((type) => types.has(type));
      return flowsOnWire && items.every((entry) => ids.has(entry.eventId as string)) ? items : undefined;
    }, 'every audited event of the flows on the wire');
    expect(trail.length).toBeGreaterThan(10);
    expect(eventBridge.protocolErrors).toEqual([]);
    expect(eventBridge.refusedEntries).toBeGreaterThan(0);
    expect(Math.max(...eventBridge.callSizes)).toBeGreaterThan(1);
    expect(Math.max(...eventBridge.callSizes)).toBeLessThanOrEqual(10);

    const accepted = eventBridge.accepted;
    const ids = accepted.map((entry) => entry.detail.eventId);
    expect(new Set(ids).size).toBe(ids.length);
    const byAggregate = new Map<string, string[]>();
    for (const entry of accepted) byAggregate.set(entry.detail.aggregateId, [...(byAggregate.get(entry.detail.aggregateId) ?? []), entry.detail.occurredAt]);
    for (const [aggregateId, times] of byAggregate) expect([aggregateId, times]).toEqual([aggregateId, [...times].sort()]);

    const types = new Set(accepted.map((entry) => entry.detailType));
    for (const type of FLOW_EVENT_TYPES) expect(types).toContain(type);
    const transfer = accepted.find((entry) => entry.detailType === 'tokenizer.transfer-completed');
    expect(transfer).toMatchObject({ source: 'eurt.tokenizer', busName: 'eurt-test-bus', detail: { schemaVersion: 1, data: { senderId: alice.id, recipientId: bob.id, amount: '1500' } } });
    const raw = JSON.stringify(accepted);
    for (const secret of [alice.email, bob.email, alice.phone, bob.phone, 'DE89370400440532013000', 'Alice Holder', 'Test Sender']) expect(raw).not.toContain(secret);
    expect((await platform.http.get('/v1/admin/event-forwarding/failures').set(bearer(admin)).expect(200)).body.items).toEqual([]);
    const metrics = (await platform.http.get('/metrics').expect(200)).text;
    expect(metrics).toMatch(/eurt_eventbridge_entries_failed_total\{error_code="InternalFailure"\} [1-9]/);
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

  it('behavior: operators filter operations by customer, type and status', async () => {
    const transfers = (await platform.http.get(`/v1/admin/operations?customerId=${alice.id}&type=transfer`).set(bearer(admin)).expect(200)).body.items;
    expect(transfers.length).toBeGreaterThan(0);
    expect(transfers.every((operation: { type: string; customerId: string }) => operation.type === 'transfer' && operation.customerId === alice.id)).toBe(true);
    const completed = (await platform.http.get(`/v1/admin/operations?customerId=${alice.id}&type=withdrawal&status=completed`).set(bearer(admin)).expect(200)).body.items;
    expect(completed).toHaveLength(1);
    expect((await platform.http.get('/v1/admin/operations?type=deposit&status=minting').set(bearer(admin)).expect(200)).body.items).toEqual([]);
    await platform.http.get('/v1/admin/operations?type=loan').set(bearer(admin)).expect(400);
    await platform.http.get('/v1/admin/operations').set(bearer(alice)).expect(403);
  });

  it('behavior: the reserve attestation history says what was attested, when and by which key', async () => {
    const items = (await platform.http.get('/v1/admin/reserves/attestations').set(bearer(admin)).expect(200)).body.items as { reserve: string; status: string; signer: string; attestedAt: string }[];
    const confirmed = items.filter((item) => item.status === 'confirmed');
    expect(confirmed.length).toBeGreaterThan(0);
    expect(BigInt(confirmed[0].reserve)).toBeGreaterThanOrEqual(50_000n);
    expect(confirmed[0].signer).toMatch(/^0x[0-9a-fA-F]{40}$/);
    await platform.http.get('/v1/admin/reserves/attestations').set(bearer(alice)).expect(403);
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
