export * from './define-config.js';
export * from './app.config.js';
export * from './secrets.js';
export * from './production-profile.js';
