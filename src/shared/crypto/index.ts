export * from './envelope-cipher.js';
export * from './webhook-signature.js';
export * from './crypto.module.js';
export * from './name-based-uuid.js';
