import { newCustomerInput, newKycInput, onboardCustomer } from '../support/customers.js';
import { type RunningPlatform, startPlatform } from '../support/platform.js';

interface StreamMessage {
  event: string;
  data: Record<string, unknown>;
}

/** Reads `GET /v1/me/events` until `until` matches a message (or the deadline passes). */
async function readStream(platform: RunningPlatform, token: string, until: (message: StreamMessage) => boolean, onReady: () => Promise<void>): Promise<StreamMessage[]> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 60_000);
  const messages: StreamMessage[] = [];
  try {
    const response = await fetch(`${platform.baseUrl}/v1/me/events`, { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/event-stream');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let boundary: number;
      while ((boundary = buffer.indexOf('\n\n')) >= 0) {
        const raw = buffer.slice(0, boundary);
        buffer = buffer.slice(boundary + 2);
        const event = /^event: (.*)$/m.exec(raw)?.[1] ?? 'message';
        const data = JSON.parse(/^data: (.*)$/m.exec(raw)?.[1] ?? '{}') as Record<string, unknown>;
        messages.push({ event, data });
        if (event === 'ready') await onReady();
        if (until({ event, data })) return messages;
      }
    }
  } catch (error) {
    if (!abort.signal.aborted) throw error;
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  return messages;
}

describe('live updates: GET /v1/me/events (server-sent events)', () => {
  let platform: RunningPlatform;

  beforeAll(async () => {
    platform = await startPlatform({ KYC_SANDBOX_DECISION_DELAY_MS: '300' });
  });

  afterAll(async () => {
    await platform?.close();
  });

  it('error: the stream needs a bearer token (401 problem)', async () => {
    const response = await platform.http.get('/v1/me/events').expect(401);
    expect(response.body.code).toBe('AUTH.UNAUTHENTICATED');
  });

  it('behavior: the signed-in customer is told when their KYC is decided', async () => {
    const input = newCustomerInput();
    await platform.http.post('/v1/auth/register').send(input).expect(201);
    const { body: session } = await platform.http.post('/v1/auth/login').send({ email: input.email, password: input.password }).expect(200);
    const messages = await readStream(
      platform,
      session.accessToken,
      (message) => message.event === 'kyc',
      async () => {
        await platform.http.post('/v1/me/kyc').set('authorization', `Bearer ${session.accessToken}`).send(newKycInput()).expect(202);
      },
    );
    expect(messages[0].event).toBe('ready');
    expect(messages.at(-1)).toEqual({ event: 'kyc', data: expect.objectContaining({ kind: 'kyc', event: 'customers.kyc-approved' }) });
  });

  it('behavior: a transfer is pushed to the recipient (and only hints travel: ids and event names, no amount)', async () => {
    const [sender, recipient] = [await onboardCustomer(platform), await onboardCustomer(platform)];
    await platform.http.post('/v1/sandbox/bank/incoming-transfers').send({ amount: '5000', currency: 'EUR', reference: sender.depositReference, senderIban: 'DE89370400440532013000', senderName: 'Sender' }).expect(202);
    let transferId = '';
    const messages = await readStream(
      platform,
      recipient.token,
      (message) => message.event === 'operation' && message.data.operationId === transferId,
      async () => {
        for (let attempt = 0; attempt < 120 && !transferId; attempt++) {
          const response = await platform.http.post('/v1/me/transfers').set('authorization', `Bearer ${sender.token}`).set('idempotency-key', `sse-${attempt}`).send({ to: { email: recipient.email }, amount: '1200' });
          if (response.status === 202) transferId = response.body.id;
          else await new Promise((resolve) => setTimeout(resolve, 500)); // the deposit is still being minted
        }
      },
    );
    const pushed = messages.at(-1) as StreamMessage;
    expect(pushed.data).toEqual(expect.objectContaining({ kind: 'operation', event: 'tokenizer.transfer-completed', operationId: transferId, operationType: 'transfer' }));
    expect(pushed.data).not.toHaveProperty('amount');
  });
});
