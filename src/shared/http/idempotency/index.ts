export * from './idempotency.store.js';
export * from './idempotency.errors.js';
export * from './idempotent.decorator.js';
export * from './idempotency.interceptor.js';
export * from './idempotent.options.js';
