import { z } from 'zod';
import { defineConfig, optionalString } from '../../shared/config/index.js';

export const eventBridgeConfig = defineConfig(
  'eventbridge',
  z.object({
    /** Unset: nothing is forwarded. */
    EVENTBRIDGE_BUS_NAME: optionalString(),
    /** A local EventBridge-compatible endpoint (tests); unset: the region's AWS endpoint. */
    EVENTBRIDGE_ENDPOINT: optionalString().pipe(z.url().optional()),
    AWS_REGION: z.string().default('eu-west-1'),
    /** Attempts after which a failing event is listed for operators (it keeps being retried). */
    EVENTBRIDGE_FAILING_AFTER_ATTEMPTS: z.coerce.number().int().min(1).default(5),
  }),
);
export type EventBridgeConfig = ReturnType<typeof eventBridgeConfig>;
