export * from './configure-app.js';
export * from './validation.pipe.js';
export * from './signed-webhook.guard.js';
export * from './own-url.js';
export * from './rate-limit.guard.js';
export * from './idempotency/index.js';
export * from './sandbox-webhook-dispatcher.js';
export * from './webhook-secrets.js';
