export * from './logger.js';
export { REDACTED, redactDeep, scrubText } from './redaction.js';
