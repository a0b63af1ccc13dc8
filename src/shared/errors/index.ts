export * from './domain-error.js';
export * from './problem-details.js';
export * from './problem-details.filter.js';
export * from './dependency-unavailable.js';
