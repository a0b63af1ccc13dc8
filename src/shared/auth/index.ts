export * from './auth.decorators.js';
export * from './auth.config.js';
export * from './access-tokens.js';
export * from './session-check.js';
export * from './jwt-auth.guard.js';
export * from './auth.module.js';
