import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';

/** Paths that may carry secrets or personal data: never written to the logs. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-signature"]',
  'req.headers["idempotency-key"]',
  '*.password',
  '*.privateKey',
  '*.iban',
  '*.email',
  '*.phone',
  '*.fullName',
  '*.holderName',
  '*.documentNumber',
  '*.dateOfBirth',
  '*.encryptedKey',
];

export function createRootLogger(level: string): Logger {
  return pino({ level, redact: { paths: REDACTED_PATHS, censor: '[redacted]' }, base: { service: 'eurt-platform' } });
}

/** Nest's logger interface over pino, so framework and module logs share one structured stream. */
export class PinoLoggerService implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }

  private write(level: pino.Level, message: unknown, rest: unknown[]) {
    // Nest passes the context name last; stack traces come before it for errors.
    const context = typeof rest.at(-1) === 'string' ? (rest.pop() as string) : undefined;
    const bindings = context ? { context } : {};
    if (message !== null && typeof message === 'object') {
      const { msg, ...fields } = message as Record<string, unknown>;
      this.logger[level]({ ...bindings, ...fields }, typeof msg === 'string' ? msg : typeof rest[0] === 'string' ? rest[0] : '');
      return;
    }
    const stack = level === 'error' && typeof rest[0] === 'string' ? { stack: rest[0] } : {};
    this.logger[level]({ ...bindings, ...stack }, String(message));
  }
}
