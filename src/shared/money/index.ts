export * from './minor-units.js';
