import { createCipheriv, randomBytes } from 'node:crypto';
import { ENVELOPE_PATTERN, EnvelopeCipher } from './envelope-cipher.js';

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
    const sealed = Buffer.from(parts[3], 'base64url');
    sealed[sealed.length - 1] ^= 1;
    expect(() => cipher.decrypt([...parts.slice(0, 3), sealed.toString('base64url')].join('.'), 'ctx')).toThrow();
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

  describe('key ids and rotation', () => {
    const [keyA, keyB] = [randomBytes(32), randomBytes(32)];
    const before = new EnvelopeCipher({ current: keyA, previous: [] });
    const during = new EnvelopeCipher({ current: keyB, previous: [keyA], blindIndexRoot: keyA });
    const after = new EnvelopeCipher({ current: keyB, previous: [], blindIndexRoot: keyA });

    it('behavior: every envelope names the key that wrapped its data key, and the id reveals nothing of the key', () => {
      const envelope = before.encrypt('secret', 'ctx');
      expect(envelope.startsWith(`v2.${before.currentKeyId}.`)).toBe(true);
      expect(ENVELOPE_PATTERN.test(envelope)).toBe(true);
      expect(before.keyIdOf(envelope)).toBe(before.currentKeyId);
      expect(before.currentKeyId).not.toContain(keyA.toString('hex').slice(0, 8));
    });

    it('behavior: the previous key still reads old envelopes; a rewrap moves them to the new key without the record', () => {
      const envelope = before.encrypt('FR7630006000011234567890189', 'customers:1:iban');
      expect(during.decryptText(envelope, 'customers:1:iban')).toBe('FR7630006000011234567890189');
      const rewrapped = during.rewrap(envelope)!;
      expect(rewrapped.split('.')[3]).toBe(envelope.split('.')[3]);
      expect(after.decryptText(rewrapped, 'customers:1:iban')).toBe('FR7630006000011234567890189');
      expect(during.rewrap(rewrapped)).toBeUndefined();
      expect(() => after.decrypt(envelope, 'customers:1:iban')).toThrow(/not configured/);
    });

    it('behavior: a v1 envelope (no key id) reads under the current key, or a previous one, and rewraps given its context', () => {
      const legacy = legacyEnvelope(keyA, 'secret', 'ctx');
      expect(before.decryptText(legacy, 'ctx')).toBe('secret');
      expect(during.decryptText(legacy, 'ctx')).toBe('secret');
      expect(before.keyIdOf(legacy)).toBeUndefined();
      expect(() => during.rewrap(legacy)).toThrow(/context/);
      expect(() => during.rewrap(legacy, 'other')).toThrow();
      expect(after.decryptText(during.rewrap(legacy, 'ctx')!, 'ctx')).toBe('secret');
    });

    it('behavior: the blind index stays the same through a rotation (derived from the pinned root)', () => {
      expect(after.blindIndex('ada@example.com', 'email')).toBe(before.blindIndex('ada@example.com', 'email'));
      expect(new EnvelopeCipher(keyA.toString('hex')).blindIndex('ada@example.com', 'email')).toBe(before.blindIndex('ada@example.com', 'email'));
    });
  });
});

/** An envelope as the cipher wrote it before key ids (v1): the wrap bound to the record's context. */
function legacyEnvelope(master: Buffer, plaintext: string, context: string): string {
  const seal = (key: Buffer, data: Buffer, aad: string) => {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv).setAAD(Buffer.from(aad));
    const sealed = Buffer.concat([cipher.update(data), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
  };
  const dataKey = randomBytes(32);
  return ['v1', seal(master, dataKey, `key:${context}`), seal(dataKey, Buffer.from(plaintext), context)].join('.');
}
