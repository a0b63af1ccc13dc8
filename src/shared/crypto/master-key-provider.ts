import type { KeysConfig } from './keys.config.js';
import { KmsMasterKeyProvider } from './kms-key-provider.js';
import { LocalMasterKeyProvider } from './local-key-provider.js';
import type { MasterKeyProvider } from './master-keys.js';

/** The provider the settings choose: AWS KMS when KMS_KEY_ID is set, else the local MASTER_KEY. */
export function masterKeyProvider(config: KeysConfig): MasterKeyProvider {
  if (config.KMS_KEY_ID && config.MASTER_KEY) throw new Error('Set either MASTER_KEY or KMS_KEY_ID, not both');
  return config.KMS_KEY_ID ? new KmsMasterKeyProvider(config) : new LocalMasterKeyProvider(config);
}
