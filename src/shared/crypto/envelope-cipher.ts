import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { type MasterKeys, masterKeyBytes, masterKeyId } from './master-keys.js';

const ALGORITHM = 'aes-256-gcm';
/** `v1.<wrapped data key>.<sealed>`: before key ids; the data key's wrapping is bound to the record's context. */
const LEGACY_VERSION = 'v1';
/** `v2.<master key id>.<wrapped data key>.<sealed>`: the data key's wrapping is bound to the key id only, so it can be rewrapped without knowing the record. */
const VERSION = 'v2';

/**
 * Envelope encryption: every record gets its own data key, which is stored wrapped by the master
 * key, under the master key's id. The record's context (table and key) is bound as additional
 * authenticated data of the sealed value, so a ciphertext copied onto another record does not
 * decrypt. A rotation rewraps data keys under a new master key (`rewrap`); until then the previous
 * keys still unwrap theirs.
 */
export class EnvelopeCipher {
  private readonly current: { id: string; key: Buffer };
  private readonly byId = new Map<string, Buffer>();
  private readonly indexKey: Buffer;

  /** A master key setting (hex, at least 32 bytes), or the keys a provider loaded. */
  constructor(master: string | MasterKeys) {
    const keys: MasterKeys = typeof master === 'string' ? { current: masterKeyBytes(master), previous: [] } : master;
    this.current = { id: masterKeyId(keys.current), key: keys.current };
    for (const key of [keys.current, ...keys.previous]) this.byId.set(masterKeyId(key), key);
    // The blind index key is derived from a root that a rotation leaves alone (see MasterKeys).
    this.indexKey = createHmac('sha256', keys.blindIndexRoot ?? keys.current).update('blind-index').digest();
  }

  /** The id of the master key new envelopes are wrapped under. */
  get currentKeyId(): string {
    return this.current.id;
  }

  encrypt(plaintext: string | Buffer, context: string): string {
    const dataKey = randomBytes(32);
    try {
      const sealed = seal(dataKey, Buffer.isBuffer(plaintext) ? plaintext : Buffer.from(plaintext, 'utf8'), context);
      return [VERSION, this.current.id, seal(this.current.key, dataKey, wrapContext(this.current.id)), sealed].join('.');
    } finally {
      dataKey.fill(0);
    }
  }

  decrypt(envelope: string, context: string): Buffer {
    const parsed = parse(envelope);
    const dataKey = this.unwrap(parsed, context);
    try {
      return open(dataKey, parsed.sealed, context);
    } finally {
      dataKey.fill(0);
    }
  }

  decryptText(envelope: string, context: string): string {
    return this.decrypt(envelope, context).toString('utf8');
  }

  /** The id of the master key that wrapped this envelope's data key; undefined for a v1 envelope (no id recorded). */
  keyIdOf(envelope: string): string | undefined {
    return parse(envelope).keyId;
  }

  /**
   * The same envelope with its data key wrapped under the current master key (the sealed value is
   * untouched), or undefined when it already is. A v1 envelope needs its context to be unwrapped.
   */
  rewrap(envelope: string, context?: string): string | undefined {
    const parsed = parse(envelope);
    if (parsed.keyId === this.current.id) return undefined;
    if (!parsed.keyId && context === undefined) throw new Error('A v1 envelope needs its context to be rewrapped');
    const dataKey = this.unwrap(parsed, context ?? '');
    try {
      if (!parsed.keyId) open(dataKey, parsed.sealed, context!); // proves the context before the rewrap
      return [VERSION, this.current.id, seal(this.current.key, dataKey, wrapContext(this.current.id)), parsed.sealed].join('.');
    } finally {
      dataKey.fill(0);
    }
  }

  /** A keyed hash for looking up and enforcing uniqueness of encrypted values (e-mail, phone). */
  blindIndex(value: string, purpose: string): string {
    return createHmac('sha256', this.indexKey).update(`${purpose}:${value}`).digest('base64url');
  }

  private unwrap(envelope: ParsedEnvelope, context: string): Buffer {
    if (envelope.keyId) {
      const key = this.byId.get(envelope.keyId);
      if (!key) throw new Error(`Envelope wrapped by master key ${envelope.keyId}, which is not configured`);
      return open(key, envelope.wrappedKey, wrapContext(envelope.keyId));
    }
    // v1 envelopes carry no id: they belong to the current key, or to a previous one after a rotation.
    for (const key of this.byId.values()) {
      try {
        return open(key, envelope.wrappedKey, `key:${context}`);
      } catch {
        // not this key
      }
    }
    throw new Error('No configured master key unwraps this envelope');
  }
}

interface ParsedEnvelope {
  keyId?: string;
  wrappedKey: string;
  sealed: string;
}

/** An envelope as the cipher writes it (v2) or wrote it before key ids (v1). */
export const ENVELOPE_PATTERN = /^(v1\.[A-Za-z0-9_-]{40,}\.[A-Za-z0-9_-]{38,}|v2\.[0-9a-f]{16}\.[A-Za-z0-9_-]{40,}\.[A-Za-z0-9_-]{38,})$/;

function parse(envelope: string): ParsedEnvelope {
  const parts = envelope.split('.');
  if (parts[0] === LEGACY_VERSION && parts.length === 3 && parts[1] && parts[2]) return { wrappedKey: parts[1], sealed: parts[2] };
  if (parts[0] === VERSION && parts.length === 4 && parts[1] && parts[2] && parts[3]) return { keyId: parts[1], wrappedKey: parts[2], sealed: parts[3] };
  throw new Error('Unsupported envelope');
}

function wrapContext(keyId: string): string {
  return `key:${VERSION}:${keyId}`;
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
