export * from './envelope-cipher.js';
export * from './webhook-signature.js';
export * from './crypto.module.js';
export * from './name-based-uuid.js';
export * from './master-keys.js';
export * from './master-key-provider.js';
export { keysConfig, type KeysConfig } from './keys.config.js';
export { generateWrappedDataKey, kmsClient } from './kms-key-provider.js';
