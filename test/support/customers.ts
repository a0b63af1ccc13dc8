import { randomUUID } from 'node:crypto';
import { createPublicClient, http, parseAbi } from 'viem';
import type { PlatformClient } from './client.js';
import { eventually } from './platform.js';

export interface TestCustomer {
  id: string;
  email: string;
  password: string;
  phone: string;
  token: string;
  walletAddress: `0x${string}`;
  depositReference: string;
}

let phoneCounter = 0;

export function newCustomerInput() {
  const unique = randomUUID().slice(0, 8);
  phoneCounter += 1;
  return {
    email: `customer-${unique}@example.com`,
    password: 'correct horse battery staple',
    fullName: `Test Customer ${unique}`,
    phone: `+3361${String(Date.now() % 1_000_000).padStart(6, '0')}${String(phoneCounter).padStart(2, '0')}`,
  };
}

/** KYC data the sandbox provider approves (a document number starting with REJECT would be rejected). */
export function newKycInput(overrides: Record<string, unknown> = {}) {
  return {
    documentType: 'passport',
    documentNumber: `P${randomUUID().replace(/-/g, '').slice(0, 9).toUpperCase()}`,
    dateOfBirth: '1990-04-21',
    nationality: 'FR',
    address: { line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
    ...overrides,
  };
}

const registryAbi = parseAbi(['function isVerified(address) view returns (bool)']);

/** Whether the identity registry verifies `wallet`, read straight from the chain. */
export async function isVerifiedOnChain(platform: PlatformClient, wallet: `0x${string}`): Promise<boolean> {
  const { identityRegistry } = (await platform.http.get('/v1/token').expect(200)).body as { identityRegistry: `0x${string}` };
  const chain = createPublicClient({ transport: http(`http://127.0.0.1:${platform.env.ANVIL_PORT}`) });
  return chain.readContract({ address: identityRegistry, abi: registryAbi, functionName: 'isVerified', args: [wallet] });
}

/**
 * A verified customer with a wallet, the way a person gets there: registers, logs in, passes KYC
 * with the sandbox provider, and is returned once the wallet's identity is verified on chain.
 */
export async function onboardCustomer(platform: PlatformClient): Promise<TestCustomer> {
  const input = newCustomerInput();
  // Sign-up answers a session, as the app uses it.
  const registered = await platform.http.post('/v1/auth/register').send(input).expect(201);
  const token = registered.body.accessToken as string;
  await platform.http.post('/v1/me/kyc').set('authorization', `Bearer ${token}`).send(newKycInput()).expect(202);
  const me = await eventually(async () => {
    const response = await platform.http.get('/v1/me').set('authorization', `Bearer ${token}`).expect(200);
    return response.body.kycStatus === 'approved' && response.body.walletAddress ? response.body : undefined;
  }, 'KYC approval and the custodial wallet');
  await eventually(async () => ((await isVerifiedOnChain(platform, me.walletAddress)) ? true : undefined), 'the identity registry to verify the wallet');
  // The chain verifies the identity a moment before the platform records it: wait for what the API says.
  await eventually(async () => {
    const response = await platform.http.get('/v1/me').set('authorization', `Bearer ${token}`).expect(200);
    return response.body.walletStatus === 'registered' ? true : undefined;
  }, 'the wallet to be registered');
  return {
    id: registered.body.id,
    email: input.email,
    password: input.password,
    phone: input.phone,
    token,
    walletAddress: me.walletAddress,
    depositReference: me.depositReference,
  };
}

/**
 * An operator who is also a customer: an onboarded customer that `grantor` (an admin) gives
 * `role`, signed in again to carry it. The grant takes effect at once only while one admin exists;
 * otherwise `approver` (another admin) approves it.
 */
export async function operatorCustomer(platform: PlatformClient, grantor: { token: string }, role: 'admin' | 'compliance' | 'treasury', approver?: { token: string }): Promise<TestCustomer> {
  const customer = await onboardCustomer(platform);
  const grant = await platform.http.post(`/v1/admin/operators/${customer.id}/roles`).set('authorization', `Bearer ${grantor.token}`).send({ role, reason: 'operator who is also a customer' }).expect(202);
  if (grant.body.status !== 'executed') {
    if (!approver) throw new Error('operatorCustomer: the grant waits for approval; pass a second admin as approver');
    await platform.http.post(`/v1/admin/approvals/${grant.body.id}/approve`).set('authorization', `Bearer ${approver.token}`).send({}).expect(200);
  }
  const login = await platform.http.post('/v1/auth/login').send({ email: customer.email, password: customer.password }).expect(200);
  return { ...customer, token: login.body.accessToken as string };
}
