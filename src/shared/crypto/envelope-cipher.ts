import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const VERSION = 'v1';

/**
 * Envelope encryption: every record gets its own data key, which is stored wrapped by the master
 * key. The record's context (table and key) is bound as additional authenticated data, so a
 * ciphertext copied onto another record does not decrypt. A KMS can later take the master key's
 * place by wrapping data keys remotely.
 */
export class EnvelopeCipher {
  private readonly masterKey: Buffer;
  private readonly indexKey: Buffer;

  constructor(masterKeyHex: string) {
    const key = Buffer.from(masterKeyHex, 'hex');
    if (key.length !== 32) throw new Error('MASTER_KEY must be 32 bytes, hex encoded');
    this.masterKey = key;
    this.indexKey = createHmac('sha256', key).update('blind-index').digest();
  }

  encrypt(plaintext: string | Buffer, context: string): string {
    const dataKey = randomBytes(32);
    const wrappedKey = seal(this.masterKey, dataKey, `key:${context}`);
    const sealed = seal(dataKey, Buffer.isBuffer(plaintext) ? plaintext : Buffer.from(plaintext, 'utf8'), context);
    dataKey.fill(0);
    return [VERSION, wrappedKey, sealed].join('.');
  }

  decrypt(envelope: string, context: string): Buffer {
    const [version, wrappedKey, sealed] = envelope.split('.');
    if (version !== VERSION || !wrappedKey || !sealed) throw new Error('Unsupported envelope');
    const dataKey = open(this.masterKey, wrappedKey, `key:${context}`);
    try {
      return open(dataKey, sealed, context);
    } finally {
      dataKey.fill(0);
    }
  }

  decryptText(envelope: string, context: string): string {
    return this.decrypt(envelope, context).toString('utf8');
  }

  /** A keyed hash for looking up and enforcing uniqueness of encrypted values (e-mail, phone). */
  blindIndex(value: string, purpose: string): string {
    return createHmac('sha256', this.indexKey).update(`${purpose}:${value}`).digest('base64url');
  }
}

function seal(key: Buffer, plaintext: Buffer, aad: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv(ALGORITHM, key, iv);
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ciphertext = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), ciphertext]).toString('base64url');
}

function open(key: Buffer, sealed: string, aad: string): Buffer {
  const bytes = Buffer.from(sealed, 'base64url');
  const decipher = createDecipheriv(ALGORITHM, key, bytes.subarray(0, 12));
  decipher.setAAD(Buffer.from(aad, 'utf8'));
  decipher.setAuthTag(bytes.subarray(12, 28));
  return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]);
}
