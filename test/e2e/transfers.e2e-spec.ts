import { randomUUID } from 'node:crypto';
import { CommandBus } from '@nestjs/cqrs';
import { type Address, type Hex, createPublicClient, createWalletClient, http, parseSignature, toHex } from 'viem';
import { mnemonicToAccount } from 'viem/accounts';
import { SendChainActionCommand, deleteIdentity, euroTokenAbi } from '../../src/modules/chain/index.js';
import { SignTypedDataCommand } from '../../src/modules/custody/index.js';
import { adminSession } from '../support/client.js';
import { type TestCustomer, newCustomerInput, onboardCustomer } from '../support/customers.js';
import { balanceOf, bearer, fund, operationsOf, settled } from '../support/money.js';
import { type RunningPlatform, eventually, startPlatform } from '../support/platform.js';

/** anvil's funded dev account (public knowledge): plays "anyone" relaying an authorization on chain. */
const OUTSIDER = mnemonicToAccount('test test test test test test test test test test test junk');

describe('transfers between customers, history and balance', () => {
  let platform: RunningPlatform;
  let chain: ReturnType<typeof createPublicClient>;
  let token: { chainId: number; address: Address; identityRegistry: Address };
  let alice: TestCustomer;
  let bob: TestCustomer;
  let carol: TestCustomer;
  let admin: { token: string };

  const send = (from: TestCustomer, body: object, key: string = randomUUID()) =>
    platform.http.post('/v1/me/transfers').set(bearer(from)).set('idempotency-key', key).send(body);
  const onChainBalance = (customer: TestCustomer) =>
    chain.readContract({ address: token.address, abi: euroTokenAbi, functionName: 'balanceOf', args: [customer.walletAddress] });

  beforeAll(async () => {
    platform = await startPlatform();
    chain = createPublicClient({ transport: http(`http://127.0.0.1:${platform.env.ANVIL_PORT}`) });
    token = (await platform.http.get('/v1/token').expect(200)).body;
    [alice, bob, carol] = await Promise.all([onboardCustomer(platform), onboardCustomer(platform), onboardCustomer(platform)]);
    admin = await adminSession(platform);
    await fund(platform, alice, 100_000n);
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('behavior: a transfer by e-mail completes and both sides see it, the recipient as incoming', async () => {
    const response = await send(alice, { to: { email: bob.email }, amount: '1500', note: 'Dinner' }).expect(202);
    expect(response.body).toMatchObject({ type: 'transfer', direction: 'outgoing', status: 'pending', amount: '1500', currency: 'EUR', to: { email: bob.email }, note: 'Dinner' });

    const completed = await settled(platform, alice, response.body.id);
    expect(completed.status).toBe('completed');
    expect(completed.history.map((change) => change.status)).toEqual(['pending', 'submitted', 'completed']);
    expect(completed.transactionHash).toMatch(/^0x[0-9a-f]{64}$/);

    const [incoming] = await operationsOf(platform, bob);
    expect(incoming).toMatchObject({ id: response.body.id, type: 'transfer', direction: 'incoming', status: 'completed', amount: '1500', note: 'Dinner' });
    expect(incoming.counterparty).toEqual({ address: alice.walletAddress });
    expect(incoming.to).toBeUndefined();

    expect(await balanceOf(platform, alice)).toMatchObject({ available: '98500', pendingOut: '0', held: '0' });
    expect(await balanceOf(platform, bob)).toMatchObject({ available: '1500', pendingIn: '0' });
    expect(await onChainBalance(bob)).toBe(1500n);
  });

  it('behavior: a transfer by phone number completes', async () => {
    const response = await send(alice, { to: { phone: carol.phone }, amount: '700' }).expect(202);
    expect((await settled(platform, alice, response.body.id)).status).toBe('completed');
    expect(await onChainBalance(carol)).toBe(700n);
  });

  it('behavior: a transfer by wallet address completes', async () => {
    const response = await send(bob, { to: { address: alice.walletAddress.toLowerCase() }, amount: '500' }).expect(202);
    expect((await settled(platform, bob, response.body.id)).status).toBe('completed');
    expect(await onChainBalance(bob)).toBe(1000n);
    expect(await onChainBalance(alice)).toBe(100_000n - 1500n - 700n + 500n);
  });

  it('behavior: the same Idempotency-Key twice makes one transfer; with another body it is refused', async () => {
    const key = randomUUID();
    const first = await send(alice, { to: { email: carol.email }, amount: '10' }, key).expect(202);
    const again = await send(alice, { to: { email: carol.email }, amount: '10' }, key).expect(202);
    expect(again.body.id).toBe(first.body.id);
    const other = await send(alice, { to: { email: carol.email }, amount: '11' }, key).expect(409);
    expect(other.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
    await settled(platform, alice, first.body.id);
    const toCarol = (await operationsOf(platform, carol)).filter((operation) => operation.direction === 'incoming' && operation.amount === '10');
    expect(toCarol).toHaveLength(1);
    await platform.http.post('/v1/me/transfers').set(bearer(alice)).send({ to: { email: carol.email }, amount: '10' }).expect(400);
  });

  it('error: an unknown recipient is a 404 and nothing is held', async () => {
    const response = await send(alice, { to: { email: 'nobody@example.com' }, amount: '100' }).expect(404);
    expect(response.body.code).toBe('TRANSFERS.RECIPIENT_NOT_FOUND');
    expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  });

  it('error: naming no recipient, two at once, or a bad amount is refused', async () => {
    expect((await send(alice, { to: { email: bob.email, phone: bob.phone }, amount: '100' }).expect(422)).body.code).toBe('TRANSFERS.RECIPIENT_AMBIGUOUS');
    expect((await send(alice, { to: {}, amount: '100' }).expect(422)).body.code).toBe('TRANSFERS.RECIPIENT_AMBIGUOUS');
    await send(alice, { to: { email: bob.email }, amount: '1.5' }).expect(400);
    await send(alice, { to: { address: '0x1234' }, amount: '100' }).expect(400);
    expect((await send(alice, { to: { email: alice.email }, amount: '100' }).expect(422)).body.code).toBe('TRANSFERS.SELF_TRANSFER');
  });

  it('error: more than the balance is refused and nothing is held', async () => {
    const before = await operationsOf(platform, bob);
    const response = await send(bob, { to: { email: alice.email }, amount: '1001' }).expect(422);
    expect(response.body).toMatchObject({ code: 'TRANSFERS.INSUFFICIENT_FUNDS', detail: 'Not enough money available for this transfer.' });
    expect(await balanceOf(platform, bob)).toMatchObject({ available: '1000', pendingOut: '0', held: '0' });
    expect(await operationsOf(platform, bob)).toEqual(before);
  });

  it('error: a recipient who has not passed KYC (no wallet yet) is refused with a clear code, nothing held', async () => {
    const input = newCustomerInput();
    await platform.http.post('/v1/auth/register').send(input).expect(201);
    const response = await send(alice, { to: { email: input.email }, amount: '100' }).expect(422);
    expect(response.body).toMatchObject({ code: 'TRANSFERS.RECIPIENT_NOT_VERIFIED', detail: 'The recipient is not verified to receive money.' });
    expect((await balanceOf(platform, alice)).pendingOut).toBe('0');
  });

  it('error: a recipient whose identity is no longer verified is refused with a clear code, nothing held', async () => {
    const dave = await onboardCustomer(platform);
    await eventually(
      async () => ((await chain.readContract({ address: token.address, abi: euroTokenAbi, functionName: 'isEligible', args: [dave.walletAddress] })) ? true : undefined),
      'dave to be verified',
    );
    // Compliance removes dave's identity from the registry (as when a KYC is revoked).
    await platform.app.get(CommandBus).execute(
      new SendChainActionCommand({ key: `test:delete-identity:${dave.id}`, action: deleteIdentity(dave.walletAddress) }),
    );
    await eventually(
      async () => ((await chain.readContract({ address: token.address, abi: euroTokenAbi, functionName: 'isEligible', args: [dave.walletAddress] })) ? undefined : true),
      'dave to lose his verification',
    );
    const response = await send(alice, { to: { email: dave.email }, amount: '100' }).expect(422);
    expect(response.body).toMatchObject({ code: 'TRANSFERS.RECIPIENT_NOT_VERIFIED', detail: 'The recipient is not verified to receive money.' });
    expect((await balanceOf(platform, alice)).pendingOut).toBe('0');
    expect(await operationsOf(platform, dave)).toEqual([]);
  });

  it('error: a frozen recipient is refused with a clear code; after the admin unfreezes, money flows again', async () => {
    const erin = await onboardCustomer(platform);
    await platform.http.post(`/v1/admin/customers/${erin.id}/freeze`).set(bearer(alice)).expect(403);
    const frozen = await platform.http.post(`/v1/admin/customers/${erin.id}/freeze`).set(bearer(admin)).expect(202);
    expect(frozen.body).toMatchObject({ customerId: erin.id, walletAddress: erin.walletAddress, frozen: true });
    const isFrozen = () => chain.readContract({ address: token.address, abi: euroTokenAbi, functionName: 'isFrozen', args: [erin.walletAddress] });
    await eventually(async () => ((await isFrozen()) ? true : undefined), 'erin to be frozen');

    const refused = await send(alice, { to: { email: erin.email }, amount: '100' }).expect(422);
    expect(refused.body).toMatchObject({ code: 'TRANSFERS.RECIPIENT_FROZEN', detail: "The recipient's account is frozen." });
    expect((await balanceOf(platform, alice)).pendingOut).toBe('0');

    await platform.http.post(`/v1/admin/customers/${erin.id}/unfreeze`).set(bearer(admin)).expect(202);
    await eventually(async () => ((await isFrozen()) ? undefined : true), 'erin to be unfrozen');
    const accepted = await send(alice, { to: { email: erin.email }, amount: '100' }).expect(202);
    expect((await settled(platform, alice, accepted.body.id)).status).toBe('completed');
  });

  it('behavior: 50 concurrent transfers from one customer exceeding the balance: exactly the affordable ones go through, once each', async () => {
    const frank = await onboardCustomer(platform);
    const grace = await onboardCustomer(platform);
    await fund(platform, frank, 10_000n);

    const responses = await Promise.all(Array.from({ length: 50 }, () => send(frank, { to: { email: grace.email }, amount: '300' })));
    const tally: Record<string, number> = {};
    for (const response of responses) tally[`${response.status} ${response.body.code ?? response.body.status}`] = (tally[`${response.status} ${response.body.code ?? response.body.status}`] ?? 0) + 1;
    // 33 x 3.00 = 99.00 of 100.00
    expect(tally).toEqual({ '202 pending': 33, '422 TRANSFERS.INSUFFICIENT_FUNDS': 17 });
    const accepted = responses.filter((response) => response.status === 202);

    const outcomes = await Promise.all(accepted.map((response) => settled(platform, frank, response.body.id)));
    expect(outcomes.every((operation) => operation.status === 'completed')).toBe(true);
    expect(await onChainBalance(frank)).toBe(100n);
    expect(await onChainBalance(grace)).toBe(9_900n);
    expect(await balanceOf(platform, frank)).toMatchObject({ available: '100', pendingOut: '0' });

    const sent = (await operationsOf(platform, frank)).filter((operation) => operation.type === 'transfer');
    expect(sent).toHaveLength(33);
    const received = (await operationsOf(platform, grace)).filter((operation) => operation.direction === 'incoming');
    expect(received).toHaveLength(33);
    // Settled in batches: fewer transactions than transfers (how many depends on timing).
    expect(new Set(outcomes.map((operation) => operation.transactionHash)).size).toBeLessThanOrEqual(33);
  });

  it('behavior: a transfer made directly on chain shows up in both histories, platform transfers only once', async () => {
    // Alice's authorization, relayed by someone outside the platform.
    const nonce = toHex(BigInt(Date.now()) * 1000n + 7n, { size: 32 });
    const message = { from: alice.walletAddress, to: bob.walletAddress, value: 250n, validAfter: 0n, validBefore: BigInt(Math.floor(Date.now() / 1000) + 3600), nonce };
    const { signature } = await platform.app.get(CommandBus).execute(
      new SignTypedDataCommand(alice.id, {
        domain: { name: 'Euro Token', version: '1', chainId: token.chainId, verifyingContract: token.address },
        types: {
          TransferWithAuthorization: [
            { name: 'from', type: 'address' },
            { name: 'to', type: 'address' },
            { name: 'value', type: 'uint256' },
            { name: 'validAfter', type: 'uint256' },
            { name: 'validBefore', type: 'uint256' },
            { name: 'nonce', type: 'bytes32' },
          ],
        },
        primaryType: 'TransferWithAuthorization',
        message,
      }),
    );
    const { v, r, s } = parseSignature(signature as Hex);
    const outsider = createWalletClient({ account: OUTSIDER, transport: http(`http://127.0.0.1:${platform.env.ANVIL_PORT}`) });
    const hash = await outsider.writeContract({
      chain: null,
      address: token.address,
      abi: euroTokenAbi,
      functionName: 'transferWithAuthorization',
      args: [message.from, message.to, message.value, message.validAfter, message.validBefore, message.nonce, Number(v), r, s],
    });
    expect((await chain.waitForTransactionReceipt({ hash })).status).toBe('success');

    const seen = (customer: TestCustomer) =>
      eventually(async () => (await operationsOf(platform, customer)).find((operation) => operation.transactionHash === hash), 'the on-chain transfer in the history');
    expect(await seen(alice)).toMatchObject({ type: 'transfer', origin: 'chain', direction: 'outgoing', status: 'completed', amount: '250' });
    expect(await seen(bob)).toMatchObject({ type: 'transfer', origin: 'chain', direction: 'incoming', status: 'completed', amount: '250', counterparty: { address: alice.walletAddress } });

    // The platform's own relayed transfers were observed too, but are not listed a second time.
    const history = await operationsOf(platform, alice);
    const platformHashes = history.filter((operation) => operation.origin === 'platform').map((operation) => operation.transactionHash);
    expect(history.filter((operation) => operation.origin === 'chain' && platformHashes.includes(operation.transactionHash))).toEqual([]);
    expect(await balanceOf(platform, alice)).toMatchObject({ available: String(100_000 - 1500 - 700 + 500 - 10 - 100 - 250) });
  });

  it('behavior: the history pages newest first with a cursor, every operation once, each with its state history', async () => {
    const all = await operationsOf(platform, alice);
    expect(all.map((operation) => operation.type).sort()).toEqual(['deposit', 'transfer', 'transfer', 'transfer', 'transfer', 'transfer', 'transfer']);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await platform.http
        .get(`/v1/me/operations?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .set(bearer(alice))
        .expect(200);
      paged.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all.map((operation) => operation.id));
    const times = all.map((operation) => operation.createdAt as string);
    expect([...times].sort().reverse()).toEqual(times);
    expect(all.every((operation) => operation.history.length >= 1)).toBe(true);
    expect((await platform.http.get('/v1/me/operations?cursor=not-a-cursor').set(bearer(alice)).expect(422)).body.code).toBe('OPERATIONS.INVALID_CURSOR');
  });

  it('behavior: one operation is visible to either side of it and to an admin, to no one else', async () => {
    const [transfer] = (await operationsOf(platform, carol)).filter((operation) => operation.type === 'transfer' && operation.amount === '700');
    await platform.http.get(`/v1/operations/${transfer.id}`).set(bearer(carol)).expect(200);
    expect((await platform.http.get(`/v1/operations/${transfer.id}`).set(bearer(alice)).expect(200)).body.direction).toBe('outgoing');
    await platform.http.get(`/v1/operations/${transfer.id}`).set(bearer(admin)).expect(200);
    await platform.http.get(`/v1/operations/${transfer.id}`).set(bearer(bob)).expect(404);
    await platform.http.get('/v1/operations/no-such-operation').set(bearer(bob)).expect(404);
  });
});
