import { EventBus } from '@nestjs/cqrs';
import { createPublicClient, http, parseAbi, zeroAddress } from 'viem';
import { TokenTransferObserved } from '../../src/modules/chain/index.js';
import { signWebhook } from '../../src/shared/crypto/webhook-signature.js';
import { adminSession, reservesOf } from '../support/client.js';
import { type TestCustomer, onboardCustomer } from '../support/customers.js';
import { type RunningPlatform, TEST_ADMIN, TEST_BANK_WEBHOOK_SECRET, eventually, startPlatform } from '../support/platform.js';

const erc20 = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function decimals() view returns (uint8)',
  'function totalSupply() view returns (uint256)',
]);
const registry = parseAbi(['function isVerified(address) view returns (bool)']);

describe('the money path: register, wallet, bank deposit, mint', () => {
  let platform: RunningPlatform;
  let customer: TestCustomer;
  let chain: ReturnType<typeof createPublicClient>;
  let token: { chainId: number; address: `0x${string}`; identityRegistry: `0x${string}`; decimals: number };
  let booked: { transactionId: string; webhookId: string };

  const auth = () => ({ authorization: `Bearer ${customer.token}` });
  const deposits = async () => (await platform.http.get('/v1/me/operations').set(auth()).expect(200)).body.items;

  beforeAll(async () => {
    platform = await startPlatform();
    chain = createPublicClient({ transport: http(`http://127.0.0.1:${platform.env.ANVIL_PORT}`) });
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('behavior: a registered customer gets a custodial wallet and a verified on-chain identity', async () => {
    customer = await onboardCustomer(platform);
    expect(customer.walletAddress).toMatch(/^0x[0-9a-fA-F]{40}$/);
    expect(customer.depositReference).toMatch(/^RF\d{2}[0-9A-Z]{12}$/);
    token = (await platform.http.get('/v1/token').expect(200)).body;
    expect(token.chainId).toBe(await chain.getChainId());
    expect(token.decimals).toBe(2);
    expect(await chain.readContract({ address: token.address, abi: erc20, functionName: 'decimals' })).toBe(2);
    await eventually(
      async () => ((await chain.readContract({ address: token.identityRegistry, abi: registry, functionName: 'isVerified', args: [customer.walletAddress] })) ? true : undefined),
      'the identity registry to verify the wallet',
    );
  });

  it('behavior: no endpoint returns the private key', async () => {
    const me = await platform.http.get('/v1/me').set(auth()).expect(200);
    expect(Object.keys(me.body).sort()).toEqual(['depositReference', 'email', 'fullName', 'id', 'kycStatus', 'phone', 'roles', 'walletAddress', 'walletStatus']);
    expect(JSON.stringify(me.body)).not.toMatch(/[0-9a-f]{64}/i);
  });

  it('behavior: a SEPA credit with the customer reference is minted 1:1 to the wallet', async () => {
    const response = await platform.http
      .post('/v1/sandbox/bank/incoming-transfers')
      .send({ amount: '12345', currency: 'EUR', reference: customer.depositReference, senderIban: 'DE89370400440532013000', senderName: 'Ada Lovelace' })
      .expect(202);
    booked = response.body;

    const completed = await eventually(async () => {
      const [deposit] = await deposits();
      return deposit?.status === 'completed' ? deposit : undefined;
    }, 'the deposit to complete');
    expect(completed).toMatchObject({ id: booked.transactionId, type: 'deposit', amount: '12345', currency: 'EUR' });
    expect(completed.history.map((change: { status: string }) => change.status)).toEqual(['received', 'minting', 'completed']);

    const balance = (await platform.http.get('/v1/me/balance').set(auth()).expect(200)).body;
    expect(balance).toEqual({ currency: 'EUR', decimals: 2, available: '12345', held: '0', pendingIn: '0', pendingOut: '0' });
    const onChain = await chain.readContract({ address: token.address, abi: erc20, functionName: 'balanceOf', args: [customer.walletAddress] });
    expect(onChain).toBe(12345n);
  });

  it('behavior: the same bank webhook delivered again, or several times at once, mints nothing more', async () => {
    const redelivered = await platform.http.post(`/v1/sandbox/bank/webhooks/${booked.webhookId}/redeliver`).send({ times: 5 }).expect(201);
    expect(redelivered.body.deliveries.map((delivery: { status: number }) => delivery.status)).toEqual([409, 409, 409, 409, 409]);

    // The bank re-sends the same credit under new delivery ids, twice at once.
    const sameCredit = (id: string) =>
      JSON.stringify({
        id,
        type: 'credit.received',
        createdAt: new Date().toISOString(),
        data: {
          transactionId: booked.transactionId,
          amount: '12345',
          currency: 'EUR',
          reference: customer.depositReference,
          debtorIban: 'DE89370400440532013000',
          debtorName: 'Ada Lovelace',
          bookedAt: new Date().toISOString(),
        },
      });
    const statuses = await Promise.all(
      ['evt_again_1', 'evt_again_2'].map(async (id) => {
        const body = sameCredit(id);
        const response = await platform.http
          .post('/v1/webhooks/bank')
          .set('content-type', 'application/json')
          .set('x-signature', signWebhook(TEST_BANK_WEBHOOK_SECRET, body))
          .send(body);
        return response.status;
      }),
    );
    expect(statuses).toEqual([200, 200]);

    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await deposits()).toHaveLength(1);
    const onChain = await chain.readContract({ address: token.address, abi: erc20, functionName: 'totalSupply' });
    expect(onChain).toBe(12345n);
  });

  it('behavior: the chain indexer observes the mint once, after it is mined', async () => {
    const observed: TokenTransferObserved[] = [];
    const subscription = platform.app.get(EventBus).subscribe((event) => {
      if (event instanceof TokenTransferObserved) observed.push(event);
    });
    try {
      // The mint happened before this subscription; transfers observed from now on come from new blocks only,
      // so make one: the sandbox bank books another credit that mints again.
      await platform.http
        .post('/v1/sandbox/bank/incoming-transfers')
        .send({ amount: '100', currency: 'EUR', reference: customer.depositReference, senderIban: 'DE89370400440532013000', senderName: 'Ada Lovelace' })
        .expect(202);
      const mint = await eventually(async () => observed.find((event) => event.payload.amount === '100'), 'the observed mint');
      expect(mint.payload).toMatchObject({ from: zeroAddress, to: customer.walletAddress, amount: '100' });
      await new Promise((resolve) => setTimeout(resolve, 2500));
      expect(observed.filter((event) => event.payload.transactionHash === mint.payload.transactionHash)).toHaveLength(1);
    } finally {
      subscription.unsubscribe();
    }
  });

  it('behavior: the reserves endpoint shows supply fully backed by the omnibus account', async () => {
    const reserves = await reservesOf(platform, await adminSession(platform));
    expect(reserves).toEqual({ totalSupply: '12445', omnibusBalance: '12445', acquirerBalance: '0', inFlight: '0', shortfall: '0', writtenOff: '0', backed: true, reconciled: true });
  });

  it('error: a customer cannot reach an admin endpoint', async () => {
    const response = await platform.http.get('/v1/admin/reserves').set(auth()).expect(403);
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(response.body).toMatchObject({ status: 403, code: 'AUTH.FORBIDDEN' });
  });

  it('behavior: a credit with an unknown reference goes to suspense, not to anyone’s wallet', async () => {
    const response = await platform.http
      .post('/v1/sandbox/bank/incoming-transfers')
      .send({ amount: '500', currency: 'EUR', reference: 'RF18539007547034', senderIban: 'DE89370400440532013000', senderName: 'Somebody' })
      .expect(202);
    const operator = await adminSession(platform);
    const reserves = await eventually(async () => {
      const body = await reservesOf(platform, operator);
      return body.omnibusBalance === '12945' && body.inFlight === '500' ? body : undefined;
    }, `credit ${response.body.transactionId} in suspense`);
    expect(reserves).toEqual({ totalSupply: '12445', omnibusBalance: '12945', acquirerBalance: '0', inFlight: '500', shortfall: '0', writtenOff: '0', backed: true, reconciled: true });
  });
});
