export * from './auth.decorators.js';
export * from './jwt-auth.guard.js';
export * from './auth.module.js';
