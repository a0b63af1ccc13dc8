import { randomBytes } from 'node:crypto';
import { EnvelopeCipher } from './envelope-cipher.js';

describe('EnvelopeCipher', () => {
  const cipher = new EnvelopeCipher(randomBytes(32).toString('hex'));

  it('behavior: decrypts what it encrypted, under the same context', () => {
    const envelope = cipher.encrypt('FR7630006000011234567890189', 'customers:1:iban');
    expect(envelope).not.toContain('FR76');
    expect(cipher.decryptText(envelope, 'customers:1:iban')).toBe('FR7630006000011234567890189');
  });

  it('behavior: every encryption uses a fresh data key and nonce', () => {
    expect(cipher.encrypt('same', 'ctx')).not.toBe(cipher.encrypt('same', 'ctx'));
  });

  it('error: a ciphertext moved to another record does not decrypt', () => {
    const envelope = cipher.encrypt('secret', 'customers:1:email');
    expect(() => cipher.decrypt(envelope, 'customers:2:email')).toThrow();
  });

  it('error: a tampered ciphertext does not decrypt', () => {
    const envelope = cipher.encrypt('secret', 'ctx');
    const parts = envelope.split('.');
    const sealed = Buffer.from(parts[2], 'base64url');
    sealed[sealed.length - 1] ^= 1;
    expect(() => cipher.decrypt([parts[0], parts[1], sealed.toString('base64url')].join('.'), 'ctx')).toThrow();
  });

  it('error: another master key cannot decrypt', () => {
    const other = new EnvelopeCipher(randomBytes(32).toString('hex'));
    expect(() => other.decrypt(cipher.encrypt('secret', 'ctx'), 'ctx')).toThrow();
  });

  it('behavior: blind indexes are stable per purpose and reveal nothing', () => {
    expect(cipher.blindIndex('ada@example.com', 'email')).toBe(cipher.blindIndex('ada@example.com', 'email'));
    expect(cipher.blindIndex('ada@example.com', 'email')).not.toBe(cipher.blindIndex('ada@example.com', 'phone'));
    expect(cipher.blindIndex('ada@example.com', 'email')).not.toContain('ada');
  });

  it('error: a master key of the wrong size is refused', () => {
    expect(() => new EnvelopeCipher('abcd')).toThrow(/32 bytes/);
  });
});
