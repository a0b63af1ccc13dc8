import 'reflect-metadata';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module.js';
import { appConfig, refuseUnsafeProductionProfile } from './shared/config/index.js';
import { configureApp } from './shared/http/index.js';
import { PinoLoggerService, createRootLogger } from './shared/logging/index.js';

const MOBILE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'mobile', 'www');

/** Builds the whole platform; `main.ts` listens on PORT, tests listen on a free port. */
export async function createApplication(): Promise<NestExpressApplication> {
  refuseUnsafeProductionProfile();
  const logger = createRootLogger(appConfig().LOG_LEVEL);
  const app = await NestFactory.create<NestExpressApplication>(AppModule, {
    rawBody: true,
    logger: new PinoLoggerService(logger),
    abortOnError: false,
  });
  configureApp(app, logger, MOBILE_DIR);
  return app;
}
