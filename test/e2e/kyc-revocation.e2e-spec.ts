import { randomUUID } from 'node:crypto';
import { type Address, createPublicClient, http, parseAbi } from 'viem';
import { type Session, adminSession } from '../support/client.js';
import { type TestCustomer, isVerifiedOnChain, onboardCustomer } from '../support/customers.js';
import { balanceOf, bearer, fund, settled } from '../support/money.js';
import { type RunningPlatform, eventually, startPlatform } from '../support/platform.js';

const registry = parseAbi(['function eligibilityEpoch() view returns (uint256)']);

/**
 * Compliance revokes one customer's KYC: the claim is revoked on chain, which unverifies every
 * wallet at once (the contracts' eligibility epoch); the platform then re-verifies every other
 * wallet. The revoked customer can no longer send or receive; the others can again.
 */
describe('KYC revocation that takes effect', () => {
  let platform: RunningPlatform;
  let compliance: Session;
  let alice: TestCustomer;
  let bob: TestCustomer;
  let carol: TestCustomer;

  const send = (from: TestCustomer, to: TestCustomer, amount: string) =>
    platform.http.post('/v1/me/transfers').set(bearer(from)).set('idempotency-key', randomUUID()).send({ to: { email: to.email }, amount });
  const revoke = (customer: TestCustomer) =>
    platform.http.post(`/v1/admin/customers/${customer.id}/kyc/revoke`).set(bearer(compliance)).send({ reason: 'e2e: sanctions list match (OPS-1)' });
  const revocationOf = (customer: TestCustomer) => platform.http.get(`/v1/admin/customers/${customer.id}/kyc/revocation`).set(bearer(compliance));

  beforeAll(async () => {
    platform = await startPlatform();
    compliance = await adminSession(platform);
    [alice, bob, carol] = await Promise.all([onboardCustomer(platform), onboardCustomer(platform), onboardCustomer(platform)]);
    await Promise.all([fund(platform, alice, 5_000n), fund(platform, bob, 5_000n)]);
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('behavior: the revoked customer can no longer transfer or receive; every other wallet is verified again once the refresh completes, and can transfer', async () => {
    const { identityRegistry } = (await platform.http.get('/v1/token').expect(200)).body as { identityRegistry: Address };
    const chain = createPublicClient({ transport: http(`http://127.0.0.1:${platform.env.ANVIL_PORT}`) });
    const epochBefore = await chain.readContract({ address: identityRegistry, abi: registry, functionName: 'eligibilityEpoch' });

    const requested = await revoke(alice).expect(202);
    expect(requested.body).toMatchObject({ customerId: alice.id, walletAddress: alice.walletAddress, reason: 'e2e: sanctions list match (OPS-1)' });
    expect(['requested', 'refreshing', 'completed']).toContain(requested.body.status);

    // At once on the platform: nothing more from or to the revoked customer.
    const refusedOut = await send(alice, bob, '100').expect(422);
    expect(refusedOut.body.code).toBe('TRANSFERS.SENDER_NOT_VERIFIED');
    const refusedIn = await send(bob, alice, '100').expect(422);
    expect(refusedIn.body.code).toBe('TRANSFERS.RECIPIENT_NOT_VERIFIED');

    const completed = await eventually(async () => {
      const view = (await revocationOf(alice).expect(200)).body as { status: string; refreshedWallets?: number };
      if (view.status === 'failed') throw new Error(`revocation failed: ${JSON.stringify(view)}`);
      return view.status === 'completed' ? view : undefined;
    }, 'the revocation and the refresh of the other wallets');
    expect(completed.refreshedWallets).toBeGreaterThanOrEqual(2);

    // On chain: the revocation moved the epoch (every wallet unverified at once), the refresh re-verified the others.
    expect(await chain.readContract({ address: identityRegistry, abi: registry, functionName: 'eligibilityEpoch' })).toBeGreaterThan(epochBefore);
    expect(await isVerifiedOnChain(platform, alice.walletAddress)).toBe(false);
    expect(await isVerifiedOnChain(platform, bob.walletAddress)).toBe(true);
    expect(await isVerifiedOnChain(platform, carol.walletAddress)).toBe(true);

    const transfer = await send(bob, carol, '700').expect(202);
    expect((await settled(platform, bob, transfer.body.id)).status).toBe('completed');
    expect(await balanceOf(platform, carol)).toMatchObject({ available: '700' });
    // The revoked customer's balance stays where it was (compliance decides what happens to it).
    expect(await balanceOf(platform, alice)).toMatchObject({ available: '5000' });
    const me = await platform.http.get('/v1/me').set(bearer(alice)).expect(200);
    expect(me.body.walletStatus).toBe('kyc_revoked');
  });

  it('behavior: asking again returns the same revocation and sends nothing more', async () => {
    const before = (await revocationOf(alice).expect(200)).body;
    const again = await revoke(alice).expect(202);
    expect(again.body).toEqual(before);
  });

  it('error: a customer without a wallet, or an unknown one, cannot be revoked (problem details), and a customer cannot revoke', async () => {
    const unknown = await platform.http.post(`/v1/admin/customers/${randomUUID()}/kyc/revoke`).set(bearer(compliance)).send({}).expect(404);
    expect(unknown.body.code).toBe('CUSTODY.WALLET_NOT_FOUND');
    await platform.http.post(`/v1/admin/customers/${bob.id}/kyc/revoke`).set(bearer(carol)).send({}).expect(403);
    const none = await platform.http.get(`/v1/admin/customers/${bob.id}/kyc/revocation`).set(bearer(compliance)).expect(404);
    expect(none.body.code).toBe('CUSTODY.KYC_REVOCATION_NOT_FOUND');
  });
});
