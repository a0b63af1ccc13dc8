import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { DynamoDB } from '@aws-sdk/client-dynamodb';
import { CommandBus } from '@nestjs/cqrs';
import { type Hex, createPublicClient, createTestClient, createWalletClient, decodeFunctionData, http, parseAbi, parseAbiItem, verifyTypedData } from 'viem';
import { generatePrivateKey, privateKeyToAccount } from 'viem/accounts';
import { SignTypedDataCommand } from '../../src/modules/custody/index.js';
import { custodialKeyOf } from '../../src/modules/custody/testing.js';
import { signWebhook } from '../../src/shared/crypto/webhook-signature.js';
import { isVerifiedOnChain, newCustomerInput, newKycInput } from '../support/customers.js';
import { type Session, adminSession, approve, bearer, secondAdminSession } from '../support/client.js';
import { type RunningPlatform, eventually, startPlatform } from '../support/platform.js';

const KYC_SECRET = 'test-kyc-webhook-secret';
const LINKED_IBAN = 'NL91 ABNA 0417 1643 00';
const SENDER_IBAN = 'DE89370400440532013000';

const token = parseAbi([
  'function balanceOf(address) view returns (uint256)',
  'function transferWithAuthorization(address from, address to, uint256 value, uint256 validAfter, uint256 validBefore, bytes32 nonce, bytes signature)',
  'function holdWithAuthorization(address holder, bytes32 holdId, address notary, address payee, uint256 amount, uint256 expiresAt, uint256 deadline, bytes signature)',
  'function heldBalanceOf(address) view returns (uint256)',
  'function paused() view returns (bool)',
]);
const registry = parseAbi(['function investorCountry(address) view returns (uint16)']);
const onboarding = parseAbi([
  'function onboard(address wallet, address managementKey, bytes32 salt, uint16 country, address issuer, bytes signature, bytes data)',
  'function onboardBatch((address wallet, address managementKey, bytes32 salt, uint16 country, address issuer, bytes signature, bytes data)[] inputs)',
]);

interface CustomerSession extends Session {
  id: string;
  email: string;
  phone: string;
  password: string;
  fullName: string;
  refreshToken: string;
}

describe('customers and custody: sign-up, KYC, wallet and identity, linked IBANs, recovery', () => {
  let platform: RunningPlatform;
  let admin: Session;
  let contracts: { chainId: number; address: Hex; identityRegistry: Hex };
  let ada: CustomerSession;
  let adaWallet: Hex;
  const documentNumbers: string[] = [];
  const privateKeys: string[] = [];

  const chain = () => createPublicClient({ transport: http(`http://127.0.0.1:${platform.env.ANVIL_PORT}`) });
  const me = async (session: CustomerSession) => (await platform.http.get('/v1/me').set(bearer(session)).expect(200)).body;

  async function register(): Promise<CustomerSession> {
    const input = newCustomerInput();
    const registered = await platform.http.post('/v1/auth/register').send(input).expect(201);
    return { id: registered.body.id, ...input, token: registered.body.accessToken, refreshToken: registered.body.refreshToken };
  }

  async function submitKyc(session: Session, overrides: Record<string, unknown> = {}) {
    const input = newKycInput(overrides);
    documentNumbers.push(input.documentNumber);
    return (await platform.http.post('/v1/me/kyc').set(bearer(session)).send(input).expect(202)).body as { applicationId: string; kycStatus: string };
  }

  async function verified(session: CustomerSession): Promise<Hex> {
    const body = await eventually(async () => {
      const current = await me(session);
      return current.kycStatus === 'approved' && current.walletAddress ? current : undefined;
    }, 'KYC approval and the wallet');
    await eventually(async () => ((await isVerifiedOnChain(platform, body.walletAddress)) ? true : undefined), 'the on-chain identity');
    return body.walletAddress;
  }

  const postKycWebhook = (body: string, signature = signWebhook(KYC_SECRET, body)) =>
    platform.http.post('/v1/webhooks/kyc').set('content-type', 'application/json').set('x-signature', signature).send(body);

  const decision = (applicationId: string, outcome: 'approved' | 'rejected', id = `evt_${randomUUID()}`) =>
    JSON.stringify({ id, type: 'kyc.check.completed', createdAt: new Date().toISOString(), data: { checkId: 'kyc_test', applicationId, outcome, ...(outcome === 'rejected' ? { reason: 'DOCUMENT_REJECTED' } : {}) } });

  const keyOf = (customerId: string) => custodialKeyOf(platform.app, customerId);

  beforeAll(async () => {
    // A longer review delay than the default, so a test can act on a case before the sandbox decides it.
    platform = await startPlatform({ KYC_WEBHOOK_SECRET: KYC_SECRET, KYC_SANDBOX_DECISION_DELAY_MS: '3000' });
    admin = await adminSession(platform);
    contracts = (await platform.http.get('/v1/token').expect(200)).body;
  });

  afterAll(async () => {
    await platform?.close();
  });

  describe('onboarding', () => {
    it('behavior: register, login, KYC approved by the sandbox, then a wallet and a verified identity on chain', async () => {
      ada = await register();
      const before = await me(ada);
      expect(before).toMatchObject({ id: ada.id, email: ada.email, kycStatus: 'none', roles: ['customer'] });
      expect(before).not.toHaveProperty('walletAddress');

      const submitted = await submitKyc(ada, { nationality: 'DEU' });
      expect(submitted).toEqual({ applicationId: expect.any(String), kycStatus: 'pending' });
      expect((await platform.http.get('/v1/me/kyc').set(bearer(ada)).expect(200)).body).toEqual({ kycStatus: 'pending', applicationId: submitted.applicationId });
      expect(await me(ada)).not.toHaveProperty('walletAddress');

      adaWallet = await verified(ada);
      expect(adaWallet).toMatch(/^0x[0-9a-fA-F]{40}$/);
      expect(await isVerifiedOnChain(platform, adaWallet)).toBe(true);
      // The KYC nationality (alpha-3 DEU) is registered as ISO 3166-1 numeric 276.
      expect(await chain().readContract({ address: contracts.identityRegistry, abi: registry, functionName: 'investorCountry', args: [adaWallet] })).toBe(276);
      privateKeys.push(await keyOf(ada.id));
    });

    it('behavior: sign-up signs in: its session reads the account and refreshes; signing in with the password opens another session', async () => {
      const input = newCustomerInput();
      const registered = (await platform.http.post('/v1/auth/register').send(input).expect(201)).body;
      expect(registered).toEqual({ id: expect.any(String), accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer' });
      expect(await me({ token: registered.accessToken } as CustomerSession)).toMatchObject({ id: registered.id, email: input.email.toLowerCase(), roles: ['customer'] });
      const refreshed = (await platform.http.post('/v1/auth/refresh').send({ refreshToken: registered.refreshToken }).expect(200)).body;
      expect(refreshed.refreshToken).not.toBe(registered.refreshToken);
      expect((await me({ token: refreshed.accessToken } as CustomerSession)).id).toBe(registered.id);

      const login = (await platform.http.post('/v1/auth/login').send({ email: input.email, password: input.password }).expect(200)).body;
      expect((await me({ token: login.accessToken } as CustomerSession)).id).toBe(registered.id);
      // Ending the sign-up's session leaves the one signed in with the password open.
      await platform.http.post('/v1/auth/logout').set('authorization', `Bearer ${refreshed.accessToken}`).expect(200);
      await platform.http.get('/v1/me').set('authorization', `Bearer ${refreshed.accessToken}`).expect(401);
      expect((await me({ token: login.accessToken } as CustomerSession)).id).toBe(registered.id);
    });

    it('behavior: customers approved together are onboarded together: their identities share registry.onboardBatch transactions', async () => {
      const customers = await Promise.all(Array.from({ length: 8 }, () => register()));
      const applications = await Promise.all(customers.map((customer) => submitKyc(customer)));
      await Promise.all(applications.map(({ applicationId }) => platform.http.post(`/v1/sandbox/kyc/applications/${applicationId}/decision`).send({ outcome: 'approved' }).expect(200)));
      const wallets = await Promise.all(customers.map((customer) => verified(customer)));

      const registered = parseAbiItem('event IdentityRegistered(address indexed wallet, address indexed identity)');
      const logs = await chain().getLogs({ address: contracts.identityRegistry, event: registered, args: { wallet: wallets }, fromBlock: 0n });
      expect(new Set(logs.map((log) => log.args.wallet?.toLowerCase()))).toEqual(new Set(wallets.map((wallet) => wallet.toLowerCase())));
      const hashes = [...new Set(logs.map((log) => log.transactionHash))];
      expect(hashes.length).toBeLessThan(wallets.length);
      const calls = await Promise.all(hashes.map(async (hash) => decodeFunctionData({ abi: onboarding, data: (await chain().getTransaction({ hash })).input }).functionName));
      expect(calls).toContain('onboardBatch');
      // Each customer still has a registered wallet of their own, with the KYC country on chain.
      for (const wallet of wallets) expect(await chain().readContract({ address: contracts.identityRegistry, abi: registry, functionName: 'investorCountry', args: [wallet] })).toBe(250);
    });

    it('behavior: a document number starting with REJECT is rejected; the customer submits again and is approved', async () => {
      const bob = await register();
      await submitKyc(bob, { documentNumber: 'REJECT-1234' });
      const rejected = await eventually(async () => {
        const state = (await platform.http.get('/v1/me/kyc').set(bearer(bob)).expect(200)).body;
        return state.kycStatus === 'rejected' ? state : undefined;
      }, 'the rejection');
      expect(rejected.rejectionReason).toBe('DOCUMENT_REJECTED');
      expect(await me(bob)).not.toHaveProperty('walletAddress');

      await submitKyc(bob);
      await verified(bob);
      privateKeys.push(await keyOf(bob.id));
    });

    it('behavior: the sandbox lets a test force a decision before the review delay is over', async () => {
      const carol = await register();
      const { applicationId } = await submitKyc(carol);
      await platform.http.post(`/v1/sandbox/kyc/applications/${applicationId}/decision`).send({ outcome: 'rejected', reason: 'DOCUMENT_EXPIRED' }).expect(200);
      const state = await eventually(async () => {
        const body = (await platform.http.get('/v1/me/kyc').set(bearer(carol)).expect(200)).body;
        return body.kycStatus === 'rejected' ? body : undefined;
      }, 'the forced rejection');
      expect(state.rejectionReason).toBe('DOCUMENT_EXPIRED');
      // Already decided: the sandbox has no case in review for it any more.
      await platform.http.post(`/v1/sandbox/kyc/applications/${applicationId}/decision`).send({ outcome: 'approved' }).expect(404);
    });

    it('error: a second KYC submission while one is pending or after approval is a 409', async () => {
      const dave = await register();
      await submitKyc(dave);
      const pending = await platform.http.post('/v1/me/kyc').set(bearer(dave)).send(newKycInput()).expect(409);
      expect(pending.body.code).toBe('KYC.ALREADY_PENDING');
      const approved = await platform.http.post('/v1/me/kyc').set(bearer(ada)).send(newKycInput()).expect(409);
      expect(approved.body.code).toBe('KYC.ALREADY_APPROVED');
    });

    it.each([
      ['an unknown nationality', { nationality: 'XX' }, 422, 'KYC.UNKNOWN_COUNTRY'],
      ['a minor', { dateOfBirth: new Date(Date.now() - 10 * 365 * 86_400_000).toISOString().slice(0, 10) }, 422, 'KYC.INVALID_DATE_OF_BIRTH'],
      ['a date that does not exist', { dateOfBirth: '1990-02-30' }, 400, 'REQUEST.INVALID'],
      ['an unknown document type', { documentType: 'library_card' }, 400, 'REQUEST.INVALID'],
      ['an address without a city', { address: { line1: '1 Main St', postalCode: '1000', country: 'BE' } }, 400, 'REQUEST.INVALID'],
      ['an unknown field', { selfie: 'base64' }, 400, 'REQUEST.INVALID'],
    ])('error: KYC with %s is refused and opens nothing', async (_, overrides, status, code) => {
      const erin = await register();
      const response = await platform.http.post('/v1/me/kyc').set(bearer(erin)).send(newKycInput(overrides)).expect(status);
      expect(response.body.code).toBe(code);
      expect((await me(erin)).kycStatus).toBe('none');
    });
  });

  describe('KYC webhook', () => {
    let applicationId: string;
    let webhookId: string;
    let frank: CustomerSession;

    beforeAll(async () => {
      frank = await register();
      ({ applicationId } = await submitKyc(frank));
      ({ webhookId } = (await platform.http.post(`/v1/sandbox/kyc/applications/${applicationId}/decision`).send({ outcome: 'approved' }).expect(200)).body);
      await verified(frank);
    });

    it('error: a bad signature is a 401 and decides nothing', async () => {
      // The sandbox itself will reject this one: a forged approval must not get through first.
      const other = await register();
      const { applicationId: pendingId } = await submitKyc(other, { documentNumber: 'REJECT-FORGED' });
      const body = decision(pendingId, 'approved');
      const response = await postKycWebhook(body, signWebhook('not-the-secret', body));
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('WEBHOOK.SIGNATURE_INVALID');
      const state = await eventually(async () => {
        const current = await me(other);
        return current.kycStatus === 'pending' ? undefined : current;
      }, 'the sandbox decision');
      expect(state.kycStatus).toBe('rejected');
    });

    it('error: a stale timestamp is a 401', async () => {
      const body = decision(applicationId, 'rejected');
      const response = await postKycWebhook(body, signWebhook(KYC_SECRET, body, Math.floor(Date.now() / 1000) - 600));
      expect(response.status).toBe(401);
      expect(response.body.code).toBe('WEBHOOK.STALE');
    });

    it('error: a replayed delivery is refused with 409, several at once too', async () => {
      const redelivered = await platform.http.post(`/v1/sandbox/kyc/webhooks/${webhookId}/redeliver`).send({ times: 3 }).expect(201);
      expect(redelivered.body.deliveries).toEqual([{ status: 409 }, { status: 409 }, { status: 409 }]);
    });

    it('behavior: a new delivery contradicting a recorded decision changes nothing', async () => {
      const response = await postKycWebhook(decision(applicationId, 'rejected')).expect(200);
      expect(response.body).toEqual({ status: 'already-decided' });
      expect((await me(frank)).kycStatus).toBe('approved');
    });

    it('error: a decision for an unknown application is a 404', async () => {
      const response = await postKycWebhook(decision(randomUUID(), 'approved')).expect(404);
      expect(response.body.code).toBe('KYC.APPLICATION_NOT_FOUND');
    });
  });

  describe('linked bank accounts', () => {
    it('behavior: link an IBAN (shown masked), list, refuse the same IBAN twice, remove', async () => {
      const linked = await platform.http.post('/v1/me/bank-accounts').set(bearer(ada)).send({ iban: LINKED_IBAN, holderName: ada.fullName }).expect(201);
      expect(linked.body).toEqual({ id: expect.any(String), maskedIban: 'NL91 **** 4300', holderName: ada.fullName, createdAt: expect.any(String) });
      expect(JSON.stringify(linked.body)).not.toContain('0417164300');

      const duplicate = await platform.http.post('/v1/me/bank-accounts').set(bearer(ada)).send({ iban: 'nl91abna0417164300', holderName: 'Ada' }).expect(409);
      expect(duplicate.body.code).toBe('BANK_ACCOUNTS.ALREADY_LINKED');

      const second = await platform.http.post('/v1/me/bank-accounts').set(bearer(ada)).send({ iban: 'FR1420041010050500013M02606', holderName: ada.fullName }).expect(201);
      const listed = (await platform.http.get('/v1/me/bank-accounts').set(bearer(ada)).expect(200)).body.items;
      expect(listed.map((account: { id: string }) => account.id)).toEqual([linked.body.id, second.body.id]);

      await platform.http.delete(`/v1/me/bank-accounts/${second.body.id}`).set(bearer(ada)).expect(204);
      await platform.http.delete(`/v1/me/bank-accounts/${second.body.id}`).set(bearer(ada)).expect(404);
      expect((await platform.http.get('/v1/me/bank-accounts').set(bearer(ada)).expect(200)).body.items).toHaveLength(1);
    });

    it('error: another customer cannot see or remove my account', async () => {
      const [account] = (await platform.http.get('/v1/me/bank-accounts').set(bearer(ada)).expect(200)).body.items;
      const mallory = await register();
      expect((await platform.http.get('/v1/me/bank-accounts').set(bearer(mallory)).expect(200)).body.items).toEqual([]);
      await platform.http.delete(`/v1/me/bank-accounts/${account.id}`).set(bearer(mallory)).expect(404);
    });

    it.each([
      ['wrong check digits', { iban: 'DE00370400440532013000', holderName: 'Ada' }, 422, 'BANK_ACCOUNTS.INVALID_IBAN'],
      ['a wrong length for its country', { iban: 'DE8937040044053201300', holderName: 'Ada' }, 422, 'BANK_ACCOUNTS.INVALID_IBAN'],
      ['a non-SEPA country', { iban: 'BR1800360305000010009795493C1', holderName: 'Ada' }, 422, 'BANK_ACCOUNTS.NOT_SEPA'],
      ['no holder name', { iban: SENDER_IBAN }, 400, 'REQUEST.INVALID'],
      ['a blank holder name', { iban: SENDER_IBAN, holderName: '   ' }, 400, 'REQUEST.INVALID'],
    ])('error: %s is refused and links nothing', async (_, body, status, code) => {
      const before = (await platform.http.get('/v1/me/bank-accounts').set(bearer(ada)).expect(200)).body.items;
      const response = await platform.http.post('/v1/me/bank-accounts').set(bearer(ada)).send(body).expect(status);
      expect(response.body.code).toBe(code);
      expect((await platform.http.get('/v1/me/bank-accounts').set(bearer(ada)).expect(200)).body.items).toEqual(before);
    });
  });

  describe('sessions and roles', () => {
    it('error: a duplicate e-mail or phone is a 409, also when two registrations race', async () => {
      const input = newCustomerInput();
      const rival = { ...input, phone: newCustomerInput().phone };
      const [first, second] = await Promise.all([platform.http.post('/v1/auth/register').send(input), platform.http.post('/v1/auth/register').send(rival)]);
      expect([first.status, second.status].sort()).toEqual([201, 409]);
      expect((first.status === 409 ? first : second).body.code).toBe('CUSTOMERS.EMAIL_TAKEN');
      // Only the winner's phone was claimed: the loser's transaction wrote nothing.
      const winnerPhone = first.status === 201 ? input.phone : rival.phone;
      const loserPhone = first.status === 201 ? rival.phone : input.phone;
      const phone = await platform.http.post('/v1/auth/register').send({ ...newCustomerInput(), phone: winnerPhone }).expect(409);
      await platform.http.post('/v1/auth/register').send({ ...newCustomerInput(), phone: loserPhone }).expect(201);
      expect(phone.body.code).toBe('CUSTOMERS.PHONE_TAKEN');
    });

    it('error: a wrong password is a 401', async () => {
      const response = await platform.http.post('/v1/auth/login').send({ email: ada.email, password: 'not the password' }).expect(401);
      expect(response.body.code).toBe('AUTH.INVALID_CREDENTIALS');
    });

    const jwtSecret = () => readFileSync(join(platform.dataDir, 'secrets', 'jwt.secret'), 'utf8').trim();

    it('error: an expired access token is a 401', async () => {
      const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
      const now = Math.floor(Date.now() / 1000);
      const unsigned = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({ sub: ada.id, roles: ['customer'], typ: 'access', iat: now - 1000, exp: now - 100 })}`;
      const expired = `${unsigned}.${createHmac('sha256', jwtSecret()).update(unsigned).digest('base64url')}`;
      const response = await platform.http.get('/v1/me').set('authorization', `Bearer ${expired}`).expect(401);
      expect(response.body.code).toBe('AUTH.INVALID_TOKEN');
    });

    it('error: an expired refresh token is a 401', async () => {
      const session = await register();
      const [id] = session.refreshToken.split('.');
      await dynamo().updateItem({
        TableName: 'eurt_refresh_tokens',
        Key: { id: { S: id } },
        UpdateExpression: 'SET expiresAt = :past',
        ExpressionAttributeValues: { ':past': { N: String(Math.floor(Date.now() / 1000) - 60) } },
      });
      const response = await platform.http.post('/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      expect(response.body.code).toBe('AUTH.INVALID_REFRESH_TOKEN');
    });

    it('error: a reused refresh token revokes the family', async () => {
      const session = await register();
      const rotated = await platform.http.post('/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(200);
      await platform.http.post('/v1/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401);
      await platform.http.post('/v1/auth/refresh').send({ refreshToken: rotated.body.refreshToken }).expect(401);
    });

    it('error: a customer reaching admin endpoints gets 403', async () => {
      for (const request of [
        platform.http.get('/v1/admin/customers').set(bearer(ada)),
        platform.http.post(`/v1/admin/customers/${ada.id}/wallet-recovery`).set(bearer(ada)),
      ]) {
        const response = await request.expect(403);
        expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
        expect(response.body.code).toBe('AUTH.FORBIDDEN');
      }
    });

    it('behavior: the admin lists customers a page at a time, personal data masked', async () => {
      const first = (await platform.http.get('/v1/admin/customers?limit=2').set(bearer(admin)).expect(200)).body;
      expect(first.items).toHaveLength(2);
      expect(first.nextCursor).toEqual(expect.any(String));
      const next = (await platform.http.get(`/v1/admin/customers?limit=2&cursor=${first.nextCursor}`).set(bearer(admin)).expect(200)).body;
      expect(next.items.map((item: { id: string }) => item.id)).not.toContain(first.items[0].id);

      const all = [];
      let cursor: string | undefined;
      do {
        const page = (await platform.http.get(`/v1/admin/customers?limit=100${cursor ? `&cursor=${cursor}` : ''}`).set(bearer(admin)).expect(200)).body;
        all.push(...page.items);
        cursor = page.nextCursor;
      } while (cursor);
      const listed = all.find((item) => item.id === ada.id);
      expect(listed).toMatchObject({ kycStatus: 'approved', walletAddress: adaWallet, walletStatus: 'registered', roles: ['customer'] });
      expect(listed.email).toMatch(/^c\*\*\*@example\.com$/);
      expect(JSON.stringify(all)).not.toContain(ada.email);
      expect(JSON.stringify(all)).not.toContain(ada.phone);
      expect(JSON.stringify(all)).not.toContain(ada.fullName);
    });
  });

  describe('custody', () => {
    let grace: CustomerSession;
    let graceWallet: Hex;

    const typedTransfer = (from: Hex, to: Hex, value: bigint, overrides: { verifyingContract?: Hex; chainId?: number } = {}) => ({
      domain: { name: 'Euro Token', version: '1', chainId: overrides.chainId ?? contracts.chainId, verifyingContract: overrides.verifyingContract ?? contracts.address },
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
      message: { from, to, value, validAfter: 0n, validBefore: BigInt(Math.floor(Date.now() / 1000) + 3600), nonce: `0x${randomBytes(32).toString('hex')}` as Hex },
    });

    const sign = (customerId: string, typedData: ReturnType<typeof typedTransfer> | Record<string, unknown>) =>
      platform.app.get(CommandBus).execute(new SignTypedDataCommand(customerId, typedData as never));

    beforeAll(async () => {
      grace = await register();
      await submitKyc(grace);
      graceWallet = await verified(grace);
      privateKeys.push(await keyOf(grace.id));
      // Ada receives 50.00 EUR by SEPA, minted to her wallet.
      const { depositReference } = await me(ada);
      await platform.http
        .post('/v1/sandbox/bank/incoming-transfers')
        .send({ amount: '5000', currency: 'EUR', reference: depositReference, senderIban: SENDER_IBAN, senderName: 'Ada Lovelace' })
        .expect(202);
      await eventually(async () => ((await balanceOf(adaWallet)) === 5000n ? true : undefined), 'the mint');
    });

    const balanceOf = (address: Hex) => chain().readContract({ address: contracts.address, abi: token, functionName: 'balanceOf', args: [address] });

    /** A relayer (not the platform's operator) pays the gas of a customer-signed authorization. */
    async function relay(functionName: 'transferWithAuthorization' | 'holdWithAuthorization', args: readonly unknown[]) {
      const relayer = privateKeyToAccount(generatePrivateKey());
      const rpc = http(`http://127.0.0.1:${platform.env.ANVIL_PORT}`);
      await createTestClient({ mode: 'anvil', transport: rpc }).setBalance({ address: relayer.address, value: 10n ** 18n });
      const hash = await createWalletClient({ account: relayer, transport: rpc }).writeContract({ chain: null, address: contracts.address, abi: token, functionName, args } as never);
      expect((await chain().waitForTransactionReceipt({ hash })).status).toBe('success');
    }

    it('behavior: custody signs a transfer authorization with the customer key; a relayer settles it on chain', async () => {
      const typedData = typedTransfer(adaWallet, graceWallet, 1500n);
      const { signature, signer } = await sign(ada.id, typedData);
      expect(signer).toBe(adaWallet);
      expect(await verifyTypedData({ ...typedData, address: adaWallet, signature } as never)).toBe(true);

      await relay('transferWithAuthorization', [
        typedData.message.from,
        typedData.message.to,
        typedData.message.value,
        typedData.message.validAfter,
        typedData.message.validBefore,
        typedData.message.nonce,
        signature,
      ]);
      expect(await balanceOf(adaWallet)).toBe(3500n);
      expect(await balanceOf(graceWallet)).toBe(1500n);
    });

    it.each([
      ['a foreign verifying contract', () => typedTransfer(adaWallet, graceWallet, 1n, { verifyingContract: '0x000000000000000000000000000000000000dEaD' })],
      ['another chain', () => typedTransfer(adaWallet, graceWallet, 1n, { chainId: 1 })],
      ['somebody else’s funds', () => typedTransfer(graceWallet, adaWallet, 1n)],
      ['a struct the token does not know', () => ({ ...typedTransfer(adaWallet, graceWallet, 1n), primaryType: 'Mail', types: { Mail: [{ name: 'contents', type: 'string' }] }, message: { contents: 'hi' } })],
      ['a token struct with a changed field list', () => {
        const typed = typedTransfer(adaWallet, graceWallet, 1n);
        return { ...typed, types: { TransferWithAuthorization: typed.types.TransferWithAuthorization.slice(0, 5) } };
      }],
      ['a Permit for a spender', () => ({
        domain: typedTransfer(adaWallet, graceWallet, 1n).domain,
        types: { Permit: [{ name: 'owner', type: 'address' }, { name: 'spender', type: 'address' }, { name: 'value', type: 'uint256' }, { name: 'nonce', type: 'uint256' }, { name: 'deadline', type: 'uint256' }] },
        primaryType: 'Permit',
        message: { owner: adaWallet, spender: graceWallet, value: 1n, nonce: 0n, deadline: 1n },
      })],
      ['a hold whose notary is not the platform (it could pay the hold out to itself)', () => ({
        domain: typedTransfer(adaWallet, graceWallet, 1n).domain,
        types: {
          HoldWithAuthorization: [
            { name: 'holder', type: 'address' }, { name: 'holdId', type: 'bytes32' }, { name: 'notary', type: 'address' }, { name: 'payee', type: 'address' },
            { name: 'amount', type: 'uint256' }, { name: 'expiresAt', type: 'uint256' }, { name: 'deadline', type: 'uint256' },
          ],
        },
        primaryType: 'HoldWithAuthorization',
        message: { holder: adaWallet, holdId: `0x${'00'.repeat(32)}`, notary: graceWallet, payee: graceWallet, amount: 1n, expiresAt: 2n, deadline: 1n },
      })],
    ])('error: custody refuses to sign %s', async (_, build) => {
      await expect(sign(ada.id, build())).rejects.toMatchObject({ code: 'CUSTODY.SIGNING_REFUSED', status: 403 });
    });

    /** Maker-checker: the first admin asks, a second admin approves; the approval's result is the recovery. */
    const recoverWallet = async (customerId: string): Promise<string> => {
      const requested = await platform.http.post(`/v1/admin/customers/${customerId}/wallet-recovery`).set(bearer(admin)).send({ reason: 'lost phone' }).expect(202);
      expect(requested.body).toMatchObject({ action: 'wallet.recover', status: 'pending' });
      checker ??= await secondAdminSession(platform, admin);
      const approved = (await approve(platform, checker, requested.body.id)) as { status: string; resultId: string };
      expect(approved.status).toBe('executed');
      return approved.resultId;
    };
    let checker: { token: string } | undefined;

    it('behavior: an admin moves (once a second admin approves) a customer to a new key and wallet; the balance and identity follow', async () => {
      const lostKey = await keyOf(ada.id);
      const recoveryId = await recoverWallet(ada.id);
      const completed = await eventually(async () => {
        const body = (await platform.http.get(`/v1/admin/wallet-recoveries/${recoveryId}`).set(bearer(admin)).expect(200)).body;
        return body.status === 'completed' ? body : undefined;
      }, 'the wallet recovery');
      const newWallet = completed.newAddress as Hex;
      expect((await me(ada)).walletAddress).toBe(newWallet);
      expect(await balanceOf(newWallet)).toBe(3500n);
      expect(await balanceOf(adaWallet)).toBe(0n);
      expect(await isVerifiedOnChain(platform, newWallet)).toBe(true);
      expect(await isVerifiedOnChain(platform, adaWallet)).toBe(false);

      const newKey = await keyOf(ada.id);
      expect(newKey).not.toBe(lostKey);
      privateKeys.push(newKey);
      const { signer } = await sign(ada.id, typedTransfer(newWallet, graceWallet, 1n));
      expect(signer).toBe(newWallet);
      adaWallet = newWallet;
    });

    it('error: a recovery the token refuses (the token is paused) fails, and the customer keeps the wallet', async () => {
      // Active holds no longer stop a recovery (they follow the new wallet); an emergency pause does. The
      // pause flag is set in storage so the platform's operator nonce stays untouched (slot of the token's
      // control word: pause flag in its lowest byte).
      // The token is behind an ERC-1967 proxy: `control` is field 11 of its ERC-7201 namespace eurt.storage.EuroToken
      // (contracts/README.md, "Storage layout").
      const CONTROL_SLOT = `0x${(BigInt('0xd0f883629ea385f5d3ce231d141236aac7d6ec51321fbd6d74e08527e1f04a00') + 11n).toString(16).padStart(64, '0')}` as Hex;
      const anvil = createTestClient({ mode: 'anvil', transport: http(`http://127.0.0.1:${platform.env.ANVIL_PORT}`) });
      const control = (await chain().getStorageAt({ address: contracts.address, slot: CONTROL_SLOT })) ?? '0x0';
      const paused = `0x${(BigInt(control) | 1n).toString(16).padStart(64, '0')}` as Hex;
      await anvil.setStorageAt({ address: contracts.address, index: CONTROL_SLOT, value: paused });
      expect(await chain().readContract({ address: contracts.address, abi: token, functionName: 'paused' })).toBe(true);

      const recoveryId = await recoverWallet(grace.id);
      const failed = await eventually(async () => {
        const body = (await platform.http.get(`/v1/admin/wallet-recoveries/${recoveryId}`).set(bearer(admin)).expect(200)).body;
        return body.status === 'failed' ? body : undefined;
      }, 'the refused recovery');
      await anvil.setStorageAt({ address: contracts.address, index: CONTROL_SLOT, value: `0x${BigInt(control).toString(16).padStart(64, '0')}` as Hex });
      expect(failed.error).toBe('EnforcedPause');
      expect((await me(grace)).walletAddress).toBe(graceWallet);
      expect(await isVerifiedOnChain(platform, graceWallet)).toBe(true);
      // Unlocked again: the customer's key signs, and another recovery may be asked for later.
      expect((await sign(grace.id, typedTransfer(graceWallet, adaWallet, 1n))).signer).toBe(graceWallet);
    });

    it('error: recovering a customer without a wallet is a 404', async () => {
      const nobody = await register();
      const response = await platform.http.post(`/v1/admin/customers/${nobody.id}/wallet-recovery`).set(bearer(admin)).expect(404);
      expect(response.body.code).toBe('CUSTODY.WALLET_NOT_FOUND');
    });
  });

  describe('data at rest', () => {
    it('behavior: every event went through the outbox', async () => {
      const items = await scanAll('eurt_outbox');
      const types = items.filter((item) => item.aggregateId?.S === ada.id).map((item) => item.eventType?.S);
      expect(types).toEqual(
        expect.arrayContaining([
          'customers.customer-registered',
          'customers.kyc-submitted',
          'customers.kyc-approved',
          'custody.wallet-created',
          'custody.identity-registered',
          'customers.bank-account-linked',
          'customers.bank-account-removed',
          'custody.wallet-recovered',
        ]),
      );
      expect(items.map((item) => item.eventType?.S)).toEqual(expect.arrayContaining(['customers.kyc-rejected']));
    });

    it('behavior: no table, and no file under DATA_DIR, holds a private key, IBAN, password, e-mail, phone or document number in clear', async () => {
      const { TableNames = [] } = await dynamo().listTables({});
      const tables = TableNames.filter((name) => name.startsWith('eurt_'));
      expect(tables).toEqual(
        expect.arrayContaining(['eurt_customers', 'eurt_custody_wallets', 'eurt_customers_kyc_applications', 'eurt_customers_bank_accounts', 'eurt_sessions', 'eurt_rate_limits']),
      );
      // The shared rate-limit counters are keyed by blind indexes: no client address in clear either.
      const counters = JSON.stringify(await scanAll('eurt_rate_limits'));
      expect(counters).toContain('sign-in:');
      expect(counters).not.toContain('127.0.0.1');
      const tableDump = (await Promise.all(tables.map(async (name) => JSON.stringify(await scanAll(name))))).join('\n').toLowerCase();
      // Every file as bytes: the database engine's own files, the kept secrets, the logs.
      const files = readdirSync(platform.env.DATA_DIR, { recursive: true, encoding: 'utf8' }).map((file) => join(platform.env.DATA_DIR, file));
      // The engine's journal may come and go while the directory is read.
      const contents = files.map((file) => (existsSync(file) && statSync(file).isFile() ? readFileSync(file).toString('latin1').toLowerCase() : ''));
      expect(files.some((file) => file.endsWith(`${sep}dynamodb${sep}shared-local-instance.db`))).toBe(true);
      const dump = [tableDump, ...contents].join('\n');

      expect(privateKeys.length).toBeGreaterThanOrEqual(4);
      const secrets = [
        ...privateKeys.flatMap((key) => [key.toLowerCase(), key.slice(2).toLowerCase()]),
        LINKED_IBAN.replace(/ /g, '').toLowerCase(),
        LINKED_IBAN.toLowerCase(),
        ada.password.toLowerCase(),
        ada.email.toLowerCase(),
        ada.phone,
        ada.phone.slice(1),
        ...documentNumbers.map((number) => number.toLowerCase()),
        '1990-04-21',
      ];
      const found = secrets.filter((secret) => dump.includes(secret));
      expect(found).toEqual([]);
      // The scan did read the data: public values are there in clear.
      expect(dump).toContain(adaWallet.toLowerCase());
      expect(dump).toContain(ada.id);
    });
  });

  function dynamo() {
    return new DynamoDB({
      endpoint: `http://127.0.0.1:${platform.env.DYNAMODB_PORT}`,
      region: 'eu-west-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
  }

  async function scanAll(table: string) {
    const items: Record<string, { S?: string }>[] = [];
    let start: Record<string, never> | undefined;
    do {
      const page = await dynamo().scan({ TableName: table, ExclusiveStartKey: start });
      items.push(...((page.Items ?? []) as Record<string, { S?: string }>[]));
      start = page.LastEvaluatedKey as Record<string, never> | undefined;
    } while (start);
    return items;
  }
});
