export * from './problem-details.dto.js';
export * from './api-problems.decorator.js';
export * from './openapi-document.js';
