import { createHmac, hkdfSync } from 'node:crypto';

export const MIN_MASTER_KEY_BYTES = 32;

/** The master keys a provider hands the cipher: plaintext, held in memory only. */
export interface MasterKeys {
  /** Wraps every new data key. */
  current: Buffer;
  /** Earlier master keys, still unwrapping envelopes not yet rewrapped (during a rotation). */
  previous: Buffer[];
  /**
   * The key the blind indexes are derived from, pinned so that they never change with a rotation;
   * undefined: the current master key (as before any rotation).
   */
  blindIndexRoot?: Buffer;
}

/** Port: where the master keys come from (a local setting, or data keys wrapped by a KMS). */
export interface MasterKeyProvider {
  load(): Promise<MasterKeys>;
}

/**
 * A master key setting as 32 usable bytes: hex (64 characters and more) is decoded, anything else
 * taken as UTF-8; at least 32 bytes either way; more than 32 are condensed by HKDF-SHA256.
 */
export function masterKeyBytes(value: string, name = 'MASTER_KEY'): Buffer {
  const trimmed = value.trim();
  const bytes = /^([0-9a-fA-F]{2}){32,}$/.test(trimmed) ? Buffer.from(trimmed, 'hex') : Buffer.from(trimmed, 'utf8');
  if (bytes.length < MIN_MASTER_KEY_BYTES) throw new Error(`${name} must be at least 32 bytes (64 hex characters)`);
  if (bytes.length === MIN_MASTER_KEY_BYTES) return bytes;
  return Buffer.from(hkdfSync('sha256', bytes, Buffer.alloc(0), 'eurt-master-key', MIN_MASTER_KEY_BYTES));
}

/** A comma-separated list of master key settings (MASTER_KEY_PREVIOUS), each as 32 bytes. */
export function masterKeyList(value: string | undefined, name: string): Buffer[] {
  return (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => masterKeyBytes(entry, name));
}

/** A key's public name, recorded in every envelope it wraps: a keyed hash, so it reveals nothing of the key. */
export function masterKeyId(key: Buffer): string {
  return createHmac('sha256', key).update('eurt-master-key-id').digest('hex').slice(0, 16);
}
