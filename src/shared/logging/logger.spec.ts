import { Writable } from 'node:stream';
import { createRootLogger } from './logger.js';

/** A logger writing into an array, and the lines it wrote. */
function capturingLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createRootLogger('info', destination), text: () => lines.join('') };
}

const IBAN = 'FR7630006000011234567890189';
const EMAIL = 'alice.martin@example.com';
const JWT = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJjdXN0LTEifQ.c2lnbmF0dXJlLXNpZ25hdHVyZQ';

describe('the root logger redacts at every depth', () => {
  it('behavior: secret and personal fields are replaced however deep they are nested, other fields are kept', () => {
    const { logger, text } = capturingLogger();
    logger.info(
      {
        operation: { id: 'op-1', amount: '1000', creditor: { account: { iban: IBAN, holderName: 'Alice Martin' } } },
        customers: [{ profile: { contact: { email: EMAIL, phone: '+33612345678' } } }],
        config: { partners: { bank: { webhookSecret: 'bank-secret-value-1234567890' } }, masterKey: 'ab'.repeat(32) },
        headers: { authorization: `Bearer ${JWT}` },
        session: { refreshToken: 'r'.repeat(40) },
      },
      'payout queued',
    );
    const line = text();
    for (const secret of [IBAN, 'Alice Martin', EMAIL, '+33612345678', 'bank-secret-value', 'ab'.repeat(32), JWT, 'r'.repeat(40)]) expect(line).not.toContain(secret);
    expect(JSON.parse(line)).toMatchObject({ operation: { id: 'op-1', amount: '1000', creditor: { account: { iban: '[redacted]' } } }, msg: 'payout queued' });
  });

  it('behavior: strings are scrubbed of e-mails, IBANs, tokens and URL credentials, in fields and in the message', () => {
    const { logger, text } = capturingLogger();
    logger.warn(
      { detail: `credit from ${IBAN} for ${EMAIL}`, rpc: { url: 'https://user:s3cr3t-pass@rpc.example.net/v1?apikey=k3y-value' } },
      `login by ${EMAIL} with Bearer ${JWT} via https://admin:hunter2@rpc.example.net`,
    );
    const line = text();
    for (const secret of [IBAN, EMAIL, JWT, 's3cr3t-pass', 'k3y-value', 'hunter2', 'admin:']) expect(line).not.toContain(secret);
    expect(line).toContain('rpc.example.net');
  });

  it('behavior: an error keeps its type and stack, its message is scrubbed; cycles and depth are bounded', () => {
    const { logger, text } = capturingLogger();
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    let deep: Record<string, unknown> = { email: EMAIL };
    for (let level = 0; level < 20; level++) deep = { level: deep };
    logger.error({ err: new Error(`RPC https://u:p4ss@node.example.org failed for ${EMAIL}`), cyclic, deep }, 'chain call failed');
    const parsed = JSON.parse(text());
    expect(parsed.err.type).toBe('Error');
    expect(parsed.err.stack).toContain('logger.spec');
    expect(parsed.err.message).not.toContain('p4ss');
    expect(parsed.err.message).not.toContain(EMAIL);
    expect(parsed.cyclic.self).toBe('[circular]');
    expect(text()).not.toContain(EMAIL);
  });
});
