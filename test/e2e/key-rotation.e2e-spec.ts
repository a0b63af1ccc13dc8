import { DynamoDB } from '@aws-sdk/client-dynamodb';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { EnvelopeCipher } from '../../src/shared/crypto/index.js';
import { newCustomerInput, onboardCustomer, type TestCustomer } from '../support/customers.js';
import { Fleet } from '../support/fleet.js';
import { balanceOf, bearer, fund, settled } from '../support/money.js';
import { PlatformProcess } from '../support/platform-process.js';

/**
 * `npm run keys:rotate` under a running platform: the master key changes from A to B, every data
 * key is rewrapped while the platform serves requests, and afterwards, with only B configured,
 * everything still reads: sign-in by e-mail (blind index), personal data, IBANs, the custodial keys.
 */
describe('master key rotation under a running platform', () => {
  const fleet = new Fleet();
  const [keyA, keyB] = [randomBytes(32).toString('hex'), randomBytes(32).toString('hex')];
  let platform: PlatformProcess;
  let alice: TestCustomer;
  let bob: TestCustomer;

  beforeAll(async () => {
    PlatformProcess.build();
    await fleet.startEngines();
    await fleet.startMembers(1, { MASTER_KEY: keyA });
    platform = fleet.members[0];
    [alice, bob] = [await onboardCustomer(platform), await onboardCustomer(platform)];
    await fund(platform, alice, 5000n);
    await platform.http.post('/v1/me/bank-accounts').set(bearer(alice)).send({ iban: 'FR7630006000011234567890189', holderName: 'Alice Rotation' }).expect(201);
  }, 600_000);

  afterAll(() => fleet.stop());

  it('behavior: rotated while serving, everything reads under the new key alone; the blind index did not change', async () => {
    // 1. Roll the platform onto B, with A beside it for what is not rewrapped yet, the blind index pinned to A.
    await platform.stop();
    await platform.start({ MASTER_KEY: keyB, MASTER_KEY_PREVIOUS: keyA, BLIND_INDEX_KEY: keyA });
    expect((await rawEnvelopes()).filter((envelope) => keyIdOf(envelope) === idOf(keyA)).length).toBeGreaterThan(0);

    // 2. Rotate while customers keep using it: a sign-up and a transfer during the rewrap.
    const rotation = promisify(execFile)(process.execPath, [join('dist', 'modules', 'data', 'cli', 'rotate-keys.cli.js')], {
      env: { ...process.env, ...platform.env, MASTER_KEY: keyB, MASTER_KEY_PREVIOUS: keyA, BLIND_INDEX_KEY: keyA },
    });
    const [rotated, signUp, during] = await Promise.all([
      rotation,
      platform.http.post('/v1/auth/register').send(newCustomerInput()).expect(201),
      platform.http.post('/v1/me/transfers').set(bearer(alice)).set('idempotency-key', 'during-rotation').send({ to: { email: bob.email }, amount: '700' }).expect(202),
    ]);
    const summary = JSON.parse(rotated.stdout) as { currentKeyId: string; left: number; tables: Record<string, { rewrapped: number }> };
    expect(summary).toMatchObject({ currentKeyId: idOf(keyB), left: 0 });
    expect(Object.values(summary.tables).reduce((sum, tally) => sum + tally.rewrapped, 0)).toBeGreaterThan(5);
    expect(signUp.body.id).toBeDefined();
    expect(await settled(platform, alice, during.body.id)).toMatchObject({ status: 'completed' });

    // 3. Drop A: only B (and the pinned blind index key) configured.
    await platform.stop();
    await platform.start({ MASTER_KEY: keyB, MASTER_KEY_PREVIOUS: '', BLIND_INDEX_KEY: keyA });
    const envelopes = await rawEnvelopes();
    expect(envelopes.length).toBeGreaterThan(10);
    expect(envelopes.filter((envelope) => keyIdOf(envelope) !== idOf(keyB))).toEqual([]);

    // Sign-in by e-mail goes through the blind index: same index key, same look-up.
    const login = await platform.http.post('/v1/auth/login').send({ email: alice.email, password: alice.password }).expect(200);
    const session = { token: login.body.accessToken as string };
    expect((await platform.http.get('/v1/me').set(bearer(session)).expect(200)).body).toMatchObject({ email: alice.email, phone: alice.phone });
    const accounts = (await platform.http.get('/v1/me/bank-accounts').set(bearer(session)).expect(200)).body;
    expect(JSON.stringify(accounts)).toMatch(/0189/);
    // The custodial key decrypts and signs: a transfer after the rotation completes.
    const after = await platform.http.post('/v1/me/transfers').set(bearer(session)).set('idempotency-key', 'after-rotation').send({ to: { email: bob.email }, amount: '300' }).expect(202);
    expect(await settled(platform, { ...alice, token: session.token }, after.body.id)).toMatchObject({ status: 'completed' });
    expect((await balanceOf(platform, { token: session.token })).available).toBe('4000');
  }, 600_000);

  it('error: the platform refuses a previous key without a pinned blind index key, by name', async () => {
    await platform.stop();
    await expect(platform.start({ MASTER_KEY: keyB, MASTER_KEY_PREVIOUS: keyA, BLIND_INDEX_KEY: '' })).rejects.toThrow(/BLIND_INDEX_KEY/);
    await platform.start({ MASTER_KEY: keyB, MASTER_KEY_PREVIOUS: '', BLIND_INDEX_KEY: keyA });
  }, 300_000);

  async function rawEnvelopes(): Promise<string[]> {
    const db = new DynamoDB({ endpoint: platform.env.DYNAMODB_ENDPOINT, region: 'eu-west-1', credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
    const tables = ((await db.listTables({})).TableNames ?? []).filter((name) => name.startsWith('eurt_'));
    db.destroy();
    const items = (await Promise.all(tables.map((table) => fleet.scan(table.slice('eurt_'.length))))).flat();
    return items.flatMap((item) => Object.values(item).filter((value): value is string => typeof value === 'string' && /^v[12]\./.test(value)));
  }
});

const idOf = (hex: string) => new EnvelopeCipher(hex).currentKeyId;
const keyIdOf = (envelope: string) => (envelope.startsWith('v2.') ? envelope.split('.')[1] : undefined);
