import { randomUUID } from 'node:crypto';
import type { RunningPlatform } from './platform.js';
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

/** Registers, logs in, and waits until the customer's wallet exists. */
export async function onboardCustomer(platform: RunningPlatform): Promise<TestCustomer> {
  const input = newCustomerInput();
  const registered = await platform.http.post('/v1/auth/register').send(input).expect(201);
  const login = await platform.http.post('/v1/auth/login').send({ email: input.email, password: input.password }).expect(200);
  const token = login.body.accessToken as string;
  const me = await eventually(async () => {
    const response = await platform.http.get('/v1/me').set('authorization', `Bearer ${token}`).expect(200);
    return response.body.walletAddress ? response.body : undefined;
  }, 'the custodial wallet');
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
