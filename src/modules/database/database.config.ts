import { z } from 'zod';
import { defineConfig, optionalString, port } from '../../shared/config/index.js';

export const databaseConfig = defineConfig(
  'database',
  z.object({
    DYNAMODB_ENDPOINT: optionalString(),
    DYNAMODB_PORT: port(8000),
    DYNAMODB_TABLE_PREFIX: z.string().default('eurt_'),
    AWS_REGION: z.string().default('eu-west-1'),
    EVENTBRIDGE_BUS_NAME: optionalString(),
  }),
);
export type DatabaseConfig = ReturnType<typeof databaseConfig>;
