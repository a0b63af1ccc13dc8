import { type Session, adminSession, reservesOf } from '../support/client.js';
import { type TestCustomer, onboardCustomer } from '../support/customers.js';
import { balanceOf, bearer, operationsOf } from '../support/money.js';
import { type RunningPlatform, eventually, startPlatform } from '../support/platform.js';

const SENDER = { currency: 'EUR', senderIban: 'DE89370400440532013000', senderName: 'Fault Test' };
/** The sweep leaves a credit this long to its webhook before it books it from the statement. */
const GRACE_MS = 2_000;

/**
 * A bank that loses a credit's webhook, or delivers it late: the reconciliation sweep reads the
 * omnibus statement and books each credit no webhook announced, once; the late webhook then
 * finds the credit recorded and changes nothing.
 */
describe('faults: the bank never sends, or sends late, the webhook of a credit', () => {
  let platform: RunningPlatform;
  let admin: Session;
  let customer: TestCustomer;
  let expected = 0n;

  const metric = async (name: string) => {
    const text = (await platform.http.get('/metrics').expect(200)).text;
    return Number(new RegExp(`^${name} (\\d+)`, 'm').exec(text)?.[1] ?? '0');
  };
  const credit = (amount: bigint, notify = true) =>
    platform.http.post('/v1/sandbox/bank/incoming-transfers').send({ ...SENDER, amount: amount.toString(), reference: customer.depositReference, notify }).expect(202);
  const depositsOf = async (transactionId: string) => (await operationsOf(platform, customer)).filter((operation) => operation.id === transactionId);

  /** The credit was minted exactly once: one completed deposit, the balances and the reserves agree. */
  async function expectMintedOnce(transactionId: string): Promise<void> {
    const deposits = await depositsOf(transactionId);
    expect(deposits).toHaveLength(1);
    expect(deposits[0]).toMatchObject({ type: 'deposit', status: 'completed' });
    const history = (await platform.http.get(`/v1/operations/${transactionId}`).set(bearer(admin)).expect(200)).body.history.map((change: { status: string }) => change.status);
    expect(history).toEqual(['received', 'minting', 'completed']);
    expect(BigInt((await balanceOf(platform, customer)).available)).toBe(expected);
    expect(await reservesOf(platform, admin)).toMatchObject({ backed: true, reconciled: true, inFlight: '0' });
  }

  beforeAll(async () => {
    platform = await startPlatform({ BANK_RECONCILIATION_INTERVAL_MS: '500', BANK_RECONCILIATION_GRACE_MS: String(GRACE_MS), LOG_LEVEL: process.env.FAULT_LOG_LEVEL ?? 'error' });
    admin = await adminSession(platform);
    customer = await onboardCustomer(platform);
  }, 600_000);

  afterAll(async () => {
    await platform?.http.post('/v1/sandbox/bank/webhooks/resume');
    await platform?.close();
  });

  it('fault: the bank books a credit and never sends its webhook: the sweep finds it on the statement and mints it once', async () => {
    const reconciledBefore = await metric('bank_credits_reconciled_total');
    const startedAt = Date.now();
    const booked = (await credit(4_200n, false)).body;
    expect(booked.webhookId).toBeUndefined();
    expected += 4_200n;
    await eventually(async () => ((await depositsOf(booked.transactionId))[0]?.status === 'completed' ? true : undefined), 'the sweep to mint the credit', 60_000);
    const recoveredInMs = Date.now() - startedAt;
    await expectMintedOnce(booked.transactionId);
    expect(await metric('bank_credits_reconciled_total')).toBe(reconciledBefore + 1);
    // Later rounds read the same window again (it overlaps): still one deposit.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await expectMintedOnce(booked.transactionId);
    console.log(`[fault] credit webhook never sent: 1 credit minted once by the statement sweep, ${recoveredInMs} ms after booking (grace ${GRACE_MS} ms)`);
  }, 120_000);

  it('fault: the webhook comes after the sweep booked the credit: it is acknowledged and changes nothing', async () => {
    await platform.http.post('/v1/sandbox/bank/webhooks/pause').expect(204);
    const startedAt = Date.now();
    const booked = (await credit(1_300n)).body;
    expected += 1_300n;
    await eventually(async () => ((await depositsOf(booked.transactionId))[0]?.status === 'completed' ? true : undefined), 'the sweep to mint the credit', 60_000);
    const recoveredInMs = Date.now() - startedAt;
    await expectMintedOnce(booked.transactionId);
    // The late webhook: delivered once held notifications resume, then a flaky bank sends it again.
    await platform.http.post('/v1/sandbox/bank/webhooks/resume').expect(204);
    const redelivered = await platform.http.post(`/v1/sandbox/bank/webhooks/${booked.webhookId}/redeliver`).send({ times: 3 }).expect(201);
    // 409: the delivery was received already (by the resumed dispatcher or the first of these); never minted again.
    expect(redelivered.body.deliveries.map((delivery: { status: number }) => delivery.status).every((status: number) => status === 200 || status === 409)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    await expectMintedOnce(booked.transactionId);
    console.log(`[fault] credit webhook late: 1 credit minted once by the statement sweep, ${recoveredInMs} ms after booking; the late webhook changed nothing`);
  }, 120_000);

  it('behavior: credits whose webhooks arrive in time are not booked a second time by the sweep', async () => {
    const reconciledBefore = await metric('bank_credits_reconciled_total');
    const booked = await Promise.all([credit(100n), credit(200n), credit(300n)]);
    expected += 600n;
    for (const { body } of booked) await eventually(async () => ((await depositsOf(body.transactionId))[0]?.status === 'completed' ? true : undefined), 'the deposit');
    await new Promise((resolve) => setTimeout(resolve, GRACE_MS + 2_000));
    for (const { body } of booked) await expectMintedOnce(body.transactionId);
    expect(await metric('bank_credits_reconciled_total')).toBe(reconciledBefore);
  }, 120_000);
});
