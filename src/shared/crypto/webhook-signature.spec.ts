import { signWebhook, verifyWebhookSignature } from './webhook-signature.js';

describe('webhook signatures', () => {
  const body = Buffer.from('{"id":"evt_1"}');
  const now = 1_800_000_000;

  it('behavior: accepts its own signature within the tolerance', () => {
    expect(verifyWebhookSignature(signWebhook('s3cret', body, now), body, ['s3cret'], now + 299)).toEqual({ valid: true, timestamp: now });
  });

  it('behavior: accepts any of several secrets and any of several v1 values (rotation)', () => {
    const header = `${signWebhook('new', body, now)},v1=${'0'.repeat(64)}`;
    expect(verifyWebhookSignature(header, body, ['old', 'new'], now).valid).toBe(true);
  });

  it('error: refuses a stale or future timestamp', () => {
    expect(verifyWebhookSignature(signWebhook('s3cret', body, now), body, ['s3cret'], now + 301)).toEqual({ valid: false, reason: 'stale' });
    expect(verifyWebhookSignature(signWebhook('s3cret', body, now + 400), body, ['s3cret'], now)).toEqual({ valid: false, reason: 'stale' });
  });

  it('error: refuses another secret or another body', () => {
    expect(verifyWebhookSignature(signWebhook('other', body, now), body, ['s3cret'], now)).toEqual({ valid: false, reason: 'mismatch' });
    expect(verifyWebhookSignature(signWebhook('s3cret', body, now), Buffer.from('{}'), ['s3cret'], now).valid).toBe(false);
  });

  it.each([undefined, '', 'v1=abc', 't=1', 't=abc,v1=' + 'a'.repeat(64), 't=1,t=2,v1=' + 'a'.repeat(64)])('error: refuses the malformed header %p', (header) => {
    expect(verifyWebhookSignature(header, body, ['s3cret'], now)).toEqual({ valid: false, reason: 'malformed' });
  });
});
