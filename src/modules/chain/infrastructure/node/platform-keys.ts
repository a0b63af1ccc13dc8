import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatePrivateKey } from 'viem/accounts';
import type { Hex } from 'viem';
import type { EnvelopeCipher } from '../../../../shared/crypto/index.js';

/**
 * The platform's own keys (operator/relayer, claim signer): from the environment when configured,
 * otherwise generated once and kept under DATA_DIR encrypted with the master key.
 */
export function configuredOrGeneratedKey(dataDir: string, name: string, cipher: EnvelopeCipher, configured?: string): Hex {
  if (configured) return configured as Hex;
  const dir = join(dataDir, 'secrets');
  const file = join(dir, `${name}.key.enc`);
  const context = `platform-key:${name}`;
  try {
    return cipher.decryptText(readFileSync(file, 'utf8').trim(), context) as Hex;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const key = generatePrivateKey();
  try {
    writeFileSync(file, cipher.encrypt(key, context), { mode: 0o600, flag: 'wx' });
    return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return cipher.decryptText(readFileSync(file, 'utf8').trim(), context) as Hex;
    throw error;
  }
}
