export * from './safe-integer.js';
