import { randomUUID } from 'node:crypto';
import { createPublicClient, http, parseAbi } from 'viem';
import { signWebhook } from '../../src/shared/crypto/webhook-signature.js';
import { type Session, adminSession, bearer, reservesOf } from '../support/client.js';
import { type TestCustomer, onboardCustomer } from '../support/customers.js';
import { type RunningPlatform, TEST_ACQUIRER_WEBHOOK_SECRETS, TEST_ADMIN, TEST_BANK_WEBHOOK_SECRET, eventually, startPlatform } from '../support/platform.js';

const token = parseAbi(['function balanceOf(address) view returns (uint256)', 'function totalSupply() view returns (uint256)', 'function isFrozen(address) view returns (bool)']);
const CARDS = { succeeds: '4242424242424242', declined: '4000000000000002', threeDSecure: '4000000000003220' };
const SENDER = { senderIban: 'DE89370400440532013000', senderName: 'Ada Lovelace' };
/** The sandbox bank returns payouts to this IBAN (AC04, account closed). */
const CLOSED_ACCOUNT_IBAN = 'NL91ABNA0417164300';

describe('money in: bank deposits and card top-ups, minted exactly once, backed by the reserve', () => {
  let platform: RunningPlatform;
  let customer: TestCustomer;
  let operator: Session;
  let chain: ReturnType<typeof createPublicClient>;
  let tokenAddress: `0x${string}`;

  const auth = (who: { token: string } = customer) => ({ authorization: `Bearer ${who.token}` });
  const admin = () => bearer(operator);
  const operation = async (id: string) => (await platform.http.get(`/v1/operations/${id}`).set(auth()).expect(200)).body;
  const operationIn = (id: string, ...statuses: string[]) =>
    eventually(async () => {
      const body = await operation(id);
      return statuses.includes(body.status) ? body : undefined;
    }, `operation ${id} to be ${statuses.join(' or ')}`);
  const onChainBalance = () => chain.readContract({ address: tokenAddress, abi: token, functionName: 'balanceOf', args: [customer.walletAddress] });
  const totalSupply = () => chain.readContract({ address: tokenAddress, abi: token, functionName: 'totalSupply' });
  const reserves = () => reservesOf(platform, operator);
  /** After every scenario: supply covered by the money held, and the books agree with the chain to the cent. */
  const expectBacked = () =>
    eventually(async () => {
      const body = await reserves();
      return body.backed && body.reconciled && body.inFlight === '0' ? body : undefined;
    }, 'the reserves to be backed and reconciled');
  const credit = (reference: string, amount: string, sender = SENDER) =>
    platform.http.post('/v1/sandbox/bank/incoming-transfers').send({ amount, currency: 'EUR', reference, ...sender }).expect(202);
  const topUp = (amount: string, key = randomUUID()) => platform.http.post('/v1/me/topups').set(auth()).set('idempotency-key', key).send({ amount });
  const pay = (paymentId: string, cardNumber: string) => platform.http.post(`/v1/sandbox/acquirer/payments/${paymentId}/pay`).send({ cardNumber });
  const signedPost = (path: string, body: string, signature: string) =>
    platform.http.post(path).set('content-type', 'application/json').set('x-signature', signature).send(body);

  beforeAll(async () => {
    // Maker-checker for these is covered by operators-money; here one admin's request takes effect at once.
    platform = await startPlatform({ MAKER_CHECKER_DISABLED_ACTIONS: 'suspense.assign,suspense.return,topup.refund' });
    chain = createPublicClient({ transport: http(`http://127.0.0.1:${platform.env.ANVIL_PORT}`) });
    operator = await adminSession(platform);
    customer = await onboardCustomer(platform);
    tokenAddress = (await platform.http.get('/v1/token').expect(200)).body.address;
    // The wallet can receive tokens once its identity is registered on chain.
    await eventually(async () => ((await platform.http.get('/v1/me/deposit-instructions').set(auth()).expect(200)).body.reference ? true : undefined), 'instructions');
  });

  afterAll(async () => {
    await platform?.close();
  });

  describe('bank deposits', () => {
    it('behavior: deposit instructions give the omnibus account and the customer’s RF creditor reference', async () => {
      const instructions = (await platform.http.get('/v1/me/deposit-instructions').set(auth()).expect(200)).body;
      expect(instructions).toEqual({ iban: expect.stringMatching(/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/), bic: expect.stringMatching(/^[A-Z0-9]{8,11}$/), beneficiary: expect.any(String), reference: customer.depositReference, currency: 'EUR' });
      expect(instructions.reference).toMatch(/^RF\d{2}[0-9A-Z]{1,21}$/);
    });

    it('behavior: a credit with the customer’s reference is minted once, even delivered 5 times in parallel under new delivery ids', async () => {
      const booked = (await credit(customer.depositReference, '10000')).body;
      await operationIn(booked.transactionId, 'completed');
      const again = await Promise.all(
        Array.from({ length: 5 }, (_, index) => {
          const body = JSON.stringify({
            id: `evt_dup_${index}_${randomUUID().slice(0, 8)}`,
            type: 'credit.received',
            createdAt: new Date().toISOString(),
            data: { transactionId: booked.transactionId, amount: '10000', currency: 'EUR', reference: customer.depositReference, debtorIban: SENDER.senderIban, debtorName: SENDER.senderName, bookedAt: booked.bookedAt },
          });
          return signedPost('/v1/webhooks/bank', body, signWebhook(TEST_BANK_WEBHOOK_SECRET, body));
        }),
      );
      expect(again.map((response) => response.body.status)).toEqual(Array(5).fill('duplicate-credit'));
      const replays = await platform.http.post(`/v1/sandbox/bank/webhooks/${booked.webhookId}/redeliver`).send({ times: 5 }).expect(201);
      expect(replays.body.deliveries.map((delivery: { status: number }) => delivery.status)).toEqual([409, 409, 409, 409, 409]);
      expect(await onChainBalance()).toBe(10000n);
      expect((await operation(booked.transactionId)).history.map((change: { status: string }) => change.status)).toEqual(['received', 'minting', 'completed']);
      await expectBacked();
    });

    it('behavior: many deposits at once are minted in batches, each exactly once', async () => {
      const booked = await Promise.all(Array.from({ length: 12 }, () => credit(customer.depositReference, '100')));
      for (const { body } of booked) await operationIn(body.transactionId, 'completed');
      expect(await onChainBalance()).toBe(10000n + 1200n);
      await expectBacked();
    });
  });

  describe('suspense', () => {
    it('behavior: an unknown reference goes to suspense; assigned to a customer, it is minted to them', async () => {
      const booked = (await credit('RF18539007547034', '700')).body;
      const listed = await eventually(async () => {
        const { items } = (await platform.http.get('/v1/admin/suspense').set(admin()).expect(200)).body;
        return items.find((item: { id: string }) => item.id === booked.transactionId);
      }, 'the credit in suspense');
      expect(listed).toMatchObject({ amount: '700', currency: 'EUR', reference: 'RF18539007547034', reason: 'UNKNOWN_REFERENCE' });
      expect(await reserves()).toMatchObject({ inFlight: '700', backed: true, reconciled: true });

      const assigned = await platform.http.post(`/v1/admin/suspense/${booked.transactionId}/assign`).set(admin()).set('idempotency-key', randomUUID()).send({ customerId: customer.id }).expect(202);
      expect(assigned.body).toMatchObject({ action: 'suspense.assign', status: 'executed' });
      await operationIn(booked.transactionId, 'completed');
      expect(await onChainBalance()).toBe(11200n + 700n);
      await expectBacked();
    });

    it('behavior: a credit in suspense returned to its sender leaves the omnibus account by payout', async () => {
      const before = BigInt((await reserves()).omnibusBalance);
      const booked = (await credit('not a reference', '300')).body;
      await eventually(async () => ((await reserves()).inFlight === '300' ? true : undefined), 'the credit in suspense');
      await platform.http.post(`/v1/admin/suspense/${booked.transactionId}/return`).set(admin()).set('idempotency-key', randomUUID()).send({}).expect(202);
      const returned = await eventually(async () => {
        const response = await platform.http.get(`/v1/operations/${booked.transactionId}`).set(admin()).expect(200);
        return response.body.status === 'returned' ? response.body : undefined;
      }, 'the return to settle');
      expect(returned.history.map((change: { status: string }) => change.status)).toEqual(['received', 'suspense', 'returning', 'returned']);
      expect(BigInt((await expectBacked()).omnibusBalance)).toBe(before);
    });

    it('behavior: a return the sender’s bank refuses comes back to suspense; late and repeated payout webhooks change nothing', async () => {
      const booked = (await credit('RF00', '250', { senderIban: CLOSED_ACCOUNT_IBAN, senderName: 'Closed Account' })).body;
      await eventually(async () => ((await reserves()).inFlight === '250' ? true : undefined), 'the credit in suspense');
      await platform.http.post(`/v1/admin/suspense/${booked.transactionId}/return`).set(admin()).set('idempotency-key', randomUUID()).send({}).expect(202);
      const back = await eventually(async () => {
        const body = (await platform.http.get(`/v1/operations/${booked.transactionId}`).set(admin()).expect(200)).body;
        return body.status === 'suspense' && body.history.length > 3 ? body : undefined;
      }, 'the refused return');
      expect(back.reason).toBe('RETURN_FAILED: AC04');
      // A late `payout.sent` after the return, delivered 5 times at once: nothing moves.
      const late = JSON.stringify({
        id: `evt_late_${randomUUID().slice(0, 8)}`,
        type: 'payout.sent',
        createdAt: new Date().toISOString(),
        data: { payoutId: `deposit-return:${booked.transactionId}:1`, transactionId: 'sbx_late', endToEndId: 'E2ELATE', amount: '250', currency: 'EUR', status: 'sent', at: new Date().toISOString() },
      });
      const statuses = await Promise.all(Array.from({ length: 5 }, () => signedPost('/v1/webhooks/bank', late, signWebhook(TEST_BANK_WEBHOOK_SECRET, late)).then((r) => r.status)));
      expect(statuses.sort()).toEqual([200, 409, 409, 409, 409]);
      expect(await reserves()).toMatchObject({ inFlight: '250', backed: true, reconciled: true });
      // Clean up for the next scenarios: give it to the customer.
      await platform.http.post(`/v1/admin/suspense/${booked.transactionId}/assign`).set(admin()).set('idempotency-key', randomUUID()).send({ customerId: customer.id }).expect(202);
      await eventually(async () => ((await platform.http.get(`/v1/operations/${booked.transactionId}`).set(admin()).expect(200)).body.status === 'completed' ? true : undefined), 'the assignment');
      await expectBacked();
    });
  });

  describe('card top-ups', () => {
    let completedTopUp: string;

    it('behavior: a top-up paid with a card that succeeds is minted once captured; the Idempotency-Key replays the first answer', async () => {
      const key = randomUUID();
      const created = await topUp('2500', key).expect(202);
      expect(created.body).toEqual({ id: expect.any(String), paymentId: expect.stringMatching(/^pay_/), status: 'created' });
      const replayed = await topUp('2500', key).expect(202);
      expect(replayed.body).toEqual(created.body);
      expect(replayed.headers['idempotent-replayed']).toBe('true');

      const paid = await pay(created.body.paymentId, CARDS.succeeds).expect(200);
      expect(paid.body.status).toBe('captured');
      const done = await operationIn(created.body.id, 'completed');
      expect(done.history.map((change: { status: string }) => change.status)).toEqual(['created', 'authorized', 'minting', 'completed']);
      completedTopUp = created.body.id;
      expect(await onChainBalance()).toBe(12150n + 2500n);
      expect(await expectBacked()).toMatchObject({ acquirerBalance: '2500' });
    });

    it('error: the same Idempotency-Key with another body is refused; a request that fails validation is not stored', async () => {
      const key = randomUUID();
      await topUp('100', key).expect(202);
      const reused = await topUp('200', key).expect(409);
      expect(reused.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
      const other = randomUUID();
      await topUp('-5', other).expect(400);
      await topUp('300', other).expect(202);
      const missing = await platform.http.post('/v1/me/topups').set(auth()).send({ amount: '100' }).expect(400);
      expect(missing.body.code).toBe('IDEMPOTENCY.KEY_REQUIRED');
    });

    it('behavior: a declined card mints nothing', async () => {
      const created = (await topUp('900').expect(202)).body;
      expect((await pay(created.paymentId, CARDS.declined).expect(200)).body).toMatchObject({ status: 'declined', declineCode: 'card_declined' });
      const declined = await operationIn(created.id, 'declined');
      expect(declined.reason).toBe('card_declined');
      expect(await onChainBalance()).toBe(14650n);
      await expectBacked();
    });

    it('behavior: a card that needs 3-D Secure is minted after the challenge; every webhook delivered 5 times in parallel, out of order, mints once', async () => {
      const created = (await topUp('1200').expect(202)).body;
      const challenge = (await pay(created.paymentId, CARDS.threeDSecure).expect(200)).body;
      expect(challenge).toMatchObject({ status: 'requires_action', nextAction: { type: 'three_d_secure' } });
      expect((await operation(created.id)).status).toBe('created');
      await platform.http.post(challenge.nextAction.url).send({}).expect(200);
      await operationIn(created.id, 'completed');
      const redelivered = await platform.http.post(`/v1/sandbox/acquirer/payments/${created.paymentId}/webhooks/redeliver`).send({ times: 5 }).expect(200);
      expect(redelivered.body.deliveries).toHaveLength(10);
      expect(redelivered.body.deliveries.every((delivery: { status: number }) => delivery.status === 409)).toBe(true);
      expect(await onChainBalance()).toBe(14650n + 1200n);
      await expectBacked();
    });

    it('behavior: a refund burns the tokens first, then refunds the card', async () => {
      const refunded = await platform.http.post(`/v1/admin/topups/${completedTopUp}/refund`).set(admin()).set('idempotency-key', randomUUID()).send({}).expect(202);
      expect(refunded.body).toMatchObject({ action: 'topup.refund', status: 'executed' });
      const done = await operationIn(completedTopUp, 'refunded');
      expect(done.history.map((change: { status: string }) => change.status)).toEqual(['created', 'authorized', 'minting', 'completed', 'refunding', 'refunded']);
      expect(await onChainBalance()).toBe(15850n - 2500n);
      expect(await expectBacked()).toMatchObject({ acquirerBalance: '1200' });
      const again = await platform.http.post(`/v1/admin/topups/${completedTopUp}/refund`).set(admin()).set('idempotency-key', randomUUID()).send({}).expect(409);
      expect(again.body.code).toBe('TOPUPS.NOT_REFUNDABLE');
    });

    it('behavior: a chargeback burns the amount back from the customer', async () => {
      const created = (await topUp('800').expect(202)).body;
      await pay(created.paymentId, CARDS.succeeds).expect(200);
      await operationIn(created.id, 'completed');
      await platform.http.post(`/v1/sandbox/acquirer/payments/${created.paymentId}/chargeback`).send({}).expect(200);
      const charged = await operationIn(created.id, 'charged_back');
      expect(charged.reason).toBe('CHARGEBACK');
      expect(charged.shortfall).toBeUndefined();
      expect(await onChainBalance()).toBe(13350n);
      expect(await chain.readContract({ address: tokenAddress, abi: token, functionName: 'isFrozen', args: [customer.walletAddress] })).toBe(false);
      await expectBacked();
    });
  });

  describe('webhook signatures', () => {
    const acquirerBody = () =>
      JSON.stringify({ id: `evt_${randomUUID().slice(0, 8)}`, type: 'payment.captured', createdAt: new Date().toISOString(), data: { paymentId: 'pay_unknown', amount: '100', currency: 'EUR', status: 'captured' } });

    it('error: a bad signature or a stale timestamp is refused, on both webhooks', async () => {
      const body = acquirerBody();
      const forged = await signedPost('/v1/webhooks/acquirer', body, signWebhook('not-the-secret', body)).expect(401);
      expect(forged.body.code).toBe('WEBHOOK.SIGNATURE_INVALID');
      const stale = await signedPost('/v1/webhooks/acquirer', body, signWebhook(TEST_ACQUIRER_WEBHOOK_SECRETS.current, body, Math.floor(Date.now() / 1000) - 600)).expect(401);
      expect(stale.body.code).toBe('WEBHOOK.STALE');
      const bankStale = await signedPost('/v1/webhooks/bank', body, signWebhook(TEST_BANK_WEBHOOK_SECRET, body, Math.floor(Date.now() / 1000) - 600)).expect(401);
      expect(bankStale.body.code).toBe('WEBHOOK.STALE');
    });

    it('behavior: during a secret rotation the old secret and a header with several v1 values are accepted', async () => {
      const body = acquirerBody();
      await signedPost('/v1/webhooks/acquirer', body, signWebhook(TEST_ACQUIRER_WEBHOOK_SECRETS.previous, body)).expect(200);
      const second = acquirerBody();
      const t = Math.floor(Date.now() / 1000);
      const wrong = signWebhook('retired-secret', second, t).split(',')[1];
      await signedPost('/v1/webhooks/acquirer', second, `${signWebhook(TEST_ACQUIRER_WEBHOOK_SECRETS.current, second, t)},${wrong}`).expect(200);
      expect(await totalSupply()).toBe(13350n);
      await expectBacked();
    });
  });
});
