// One customer's deposit through a running platform, over HTTP only, the way a person does it:
// register, log in, pass KYC with the sandbox provider, read the deposit instructions, play the
// customer's bank (sandbox incoming transfer), and wait for the minted balance.
import { randomUUID } from 'node:crypto';

const AMOUNT = '4200';

async function call(baseUrl, method, path, { token, body } = {}) {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await response.text();
  const parsed = text ? JSON.parse(text) : undefined;
  return { status: response.status, body: parsed };
}

async function expectStatus(baseUrl, method, path, status, options) {
  const response = await call(baseUrl, method, path, options);
  if (response.status !== status) throw new Error(`${method} ${path}: expected ${status}, got ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

export async function eventually(probe, what, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      last = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`timed out waiting for ${what}${last ? `: ${last.message}` : ''}`);
}

export async function moveOneDeposit(baseUrl) {
  const unique = randomUUID().slice(0, 8);
  const person = { email: `container-${unique}@example.com`, password: 'correct horse battery staple', fullName: `Container Test ${unique}`, phone: `+33612${String(Date.now() % 1_000_000).padStart(6, '0')}` };
  await expectStatus(baseUrl, 'POST', '/v1/auth/register', 201, { body: person });
  const { accessToken: token } = await expectStatus(baseUrl, 'POST', '/v1/auth/login', 200, { body: { email: person.email, password: person.password } });
  await expectStatus(baseUrl, 'POST', '/v1/me/kyc', 202, {
    token,
    body: {
      documentType: 'passport',
      documentNumber: `P${unique.toUpperCase()}1`,
      dateOfBirth: '1990-04-21',
      nationality: 'FR',
      address: { line1: '12 rue de la Paix', postalCode: '75002', city: 'Paris', country: 'FR' },
    },
  });
  const me = await eventually(async () => {
    const body = await expectStatus(baseUrl, 'GET', '/v1/me', 200, { token });
    return body.kycStatus === 'approved' && body.walletAddress ? body : undefined;
  }, 'KYC approval and the wallet');
  const instructions = await eventually(async () => {
    const body = await expectStatus(baseUrl, 'GET', '/v1/me/deposit-instructions', 200, { token });
    return body.reference ? body : undefined;
  }, 'the deposit instructions');
  const booked = await expectStatus(baseUrl, 'POST', '/v1/sandbox/bank/incoming-transfers', 202, {
    body: { amount: AMOUNT, currency: 'EUR', reference: instructions.reference, senderIban: 'DE89370400440532013000', senderName: person.fullName },
  });
  const balance = await eventually(async () => {
    const body = await expectStatus(baseUrl, 'GET', '/v1/me/balance', 200, { token });
    return body.available === AMOUNT ? body : undefined;
  }, `the deposit ${booked.transactionId} to be minted`);
  return { wallet: me.walletAddress, reference: instructions.reference, transactionId: booked.transactionId, balance };
}
