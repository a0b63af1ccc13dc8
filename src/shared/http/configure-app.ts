import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigService } from '@nestjs/config';
import { SwaggerModule } from '@nestjs/swagger';
import { buildOpenApiDocument } from './openapi/openapi-document.js';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import { ProblemDetailsFilter } from '../errors/index.js';
import { strictValidationPipe } from './validation.pipe.js';
import { ActingContextInterceptor } from './acting-context.interceptor.js';

/** Everything about the HTTP surface that tests and `main.ts` must share. */
export function configureApp(app: NestExpressApplication, logger: Logger, mobileDir: string): INestApplication {
  app.enableShutdownHooks();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  // The packaged app (Cordova) runs on its own origin; only the configured ones may call the API.
  const corsOrigins = app.get(ConfigService).get<string[]>('app.CORS_ORIGINS') ?? [];
  if (corsOrigins.length > 0) app.enableCors({ origin: corsOrigins, allowedHeaders: ['authorization', 'content-type', 'idempotency-key'], exposedHeaders: ['retry-after'], maxAge: 600 });
  app.use(
    pinoHttp({
      logger,
      genReqId: (request) => {
        const given = request.headers['x-request-id'];
        return typeof given === 'string' && /^[\w.-]{1,100}$/.test(given) ? given : randomUUID();
      },
      autoLogging: { ignore: (request) => request.url === '/health' || request.url === '/metrics' },
      customLogLevel: (_request, response, error) => (error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'warn' : 'info'),
      serializers: {
        req: (request: { id: unknown; method: string; url: string }) => ({ id: request.id, method: request.method, url: request.url }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
    }),
  );
  app.useGlobalPipes(strictValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalInterceptors(new ActingContextInterceptor());

  const document = buildOpenApiDocument(app);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'docs/openapi.json', swaggerOptions: { persistAuthorization: true } });

  if (existsSync(join(mobileDir, 'index.html'))) app.useStaticAssets(mobileDir, { index: 'index.html' });
  return app;
}
