import { z } from 'zod';
import { defineConfig, optionalString, port } from '../../shared/config/index.js';

export const dataConfig = defineConfig(
  'data',
  z.object({
    DYNAMODB_ENDPOINT: optionalString(),
    DYNAMODB_PORT: port(8000),
    DYNAMODB_TABLE_PREFIX: z.string().default('eurt_'),
    AWS_REGION: z.string().default('eu-west-1'),
    EVENTBRIDGE_BUS_NAME: optionalString(),
  }),
);
export type DataConfig = ReturnType<typeof dataConfig>;
