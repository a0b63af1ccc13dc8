export const IDEMPOTENT_OPTIONS = 'http:idempotent';

export interface IdempotentOptions {
  /** How long a key is remembered; money movements keep theirs at least 7 days (the default). */
  retentionSeconds?: number;
}

export const MONEY_MOVEMENT_RETENTION_SECONDS = 7 * 24 * 3600;
