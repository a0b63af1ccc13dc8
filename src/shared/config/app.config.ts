import { resolve } from 'node:path';
import { z } from 'zod';
import { defineConfig, optionalString, originList, port } from './define-config.js';

export const appConfig = defineConfig(
  'app',
  z.object({
    /** `production` refuses unsafe settings at boot (see production-profile.ts). */
    NODE_ENV: optionalString(),
    PORT: port(3000),
    DATA_DIR: z.string().default('./data').transform((dir) => resolve(dir)),
    MASTER_KEY: optionalString(),
    JWT_SECRET: optionalString(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PUBLIC_URL: optionalString(),
    /** Origins allowed to call the API from a browser (the packaged app's, e.g. `https://localhost`); empty: same origin only. */
    CORS_ORIGINS: originList(),
    /** After SIGTERM, how long readiness fails while requests are still served (load balancers notice), before the server closes. */
    SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(60_000).default(0),
    /**
     * Test only: the process kills itself (SIGKILL) when it reaches this named point, so crash
     * tests can stop it exactly between two steps of a money movement. Never set in production.
     */
    CRASH_AT: optionalString(),
  }),
);
export type AppConfig = ReturnType<typeof appConfig>;
