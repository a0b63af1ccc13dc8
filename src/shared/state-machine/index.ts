export * from './persisted-transition.js';
export * from './periodic-sweeper.js';
export * from './idle-backoff.js';
