import { ConfigService } from '@nestjs/config';
import { Logger } from '@nestjs/common';
import { createApplication } from './bootstrap.js';

async function main(): Promise<void> {
  const started = Date.now();
  const app = await createApplication();
  const port = app.get(ConfigService).getOrThrow<number>('app.PORT');
  await app.listen(port);
  new Logger('Main').log({ port, startupMs: Date.now() - started }, `EURT platform listening on http://localhost:${port} (Swagger UI at /docs)`);
}

main().catch((error) => {
  console.error('The platform failed to start:', error);
  process.exit(1);
});
