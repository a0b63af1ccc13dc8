import { z } from 'zod';
import { defineConfig, optionalString, port } from '../../shared/config/index.js';

export const dataConfig = defineConfig(
  'data',
  z.object({
    DYNAMODB_ENDPOINT: optionalString(),
    DYNAMODB_PORT: port(8000),
    DYNAMODB_TABLE_PREFIX: z.string().default('eurt_'),
    AWS_REGION: z.string().default('eu-west-1'),
    /**
     * Attempts per DynamoDB call (the SDK's standard retry mode, exponential backoff with jitter):
     * a throttled call is retried after ~0.5, 1, 2, 4 s, a refused connection after ~0.1-0.8 s,
     * before the error surfaces (as a 503 with Retry-After).
     */
    DYNAMODB_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(10).default(5),
    EVENTBRIDGE_BUS_NAME: optionalString(),
    /** Names this process in the fleet's leases; unset: host name and port (a restart on the same pod takes its lease back at once). */
    INSTANCE_ID: optionalString(),
    /** How long a lease (the signing lease) lasts without renewal: the failover time after an instance dies. */
    LEASE_MS: z.coerce.number().int().min(1_000).max(120_000).default(10_000),
  }),
);
export type DataConfig = ReturnType<typeof dataConfig>;
