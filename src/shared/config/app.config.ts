import { resolve } from 'node:path';
import { z } from 'zod';
import { defineConfig, optionalString, port } from './define-config.js';

export const appConfig = defineConfig(
  'app',
  z.object({
    PORT: port(3000),
    DATA_DIR: z.string().default('./data').transform((dir) => resolve(dir)),
    MASTER_KEY: optionalString(),
    JWT_SECRET: optionalString(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PUBLIC_URL: optionalString(),
  }),
);
export type AppConfig = ReturnType<typeof appConfig>;
