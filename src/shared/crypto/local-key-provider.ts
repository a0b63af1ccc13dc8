import { configuredOrGeneratedSecret } from '../config/secrets.js';
import type { KeysConfig } from './keys.config.js';
import { type MasterKeyProvider, type MasterKeys, masterKeyBytes, masterKeyList } from './master-keys.js';

/** The master key from MASTER_KEY (generated under DATA_DIR when unset, outside production), earlier ones from MASTER_KEY_PREVIOUS. */
export class LocalMasterKeyProvider implements MasterKeyProvider {
  constructor(private readonly config: Pick<KeysConfig, 'DATA_DIR' | 'MASTER_KEY' | 'MASTER_KEY_PREVIOUS' | 'BLIND_INDEX_KEY'>) {}

  load(): Promise<MasterKeys> {
    const current = masterKeyBytes(configuredOrGeneratedSecret(this.config.DATA_DIR, 'master.key', this.config.MASTER_KEY));
    const previous = masterKeyList(this.config.MASTER_KEY_PREVIOUS, 'MASTER_KEY_PREVIOUS');
    const blindIndexRoot = this.config.BLIND_INDEX_KEY ? masterKeyBytes(this.config.BLIND_INDEX_KEY, 'BLIND_INDEX_KEY') : undefined;
    if (previous.length > 0 && !blindIndexRoot) throw new Error(UNPINNED_INDEX('MASTER_KEY_PREVIOUS', 'BLIND_INDEX_KEY', 'the first MASTER_KEY'));
    return Promise.resolve({ current, previous, blindIndexRoot });
  }
}

/** Refusal when a rotation would silently change every blind index (e-mail look-ups, uniqueness). */
export const UNPINNED_INDEX = (previous: string, pin: string, value: string) =>
  `${previous} is set but ${pin} is not: the blind indexes would change with the master key; set ${pin} to ${value}`;
