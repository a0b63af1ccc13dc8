import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { appConfig } from '../../../shared/config/index.js';

/**
 * SIGTERM (Kubernetes, tini, Ctrl-C): readiness fails at once so load balancers stop sending
 * requests, the process keeps serving for SHUTDOWN_DRAIN_MS while they notice, then Nest closes
 * the HTTP server (it waits for in-flight requests) and every module stops its loops and
 * releases what it holds. Work not finished is on record and resumed by another instance.
 */
@Injectable()
export class GracefulShutdown implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(GracefulShutdown.name);
  private draining = false;

  constructor(@Inject(appConfig.KEY) private readonly config: ConfigType<typeof appConfig>) {}

  get isDraining(): boolean {
    return this.draining;
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    this.draining = true;
    this.logger.log({ signal, drainMs: this.config.SHUTDOWN_DRAIN_MS }, 'shutting down: not ready any more, draining requests');
    if (this.config.SHUTDOWN_DRAIN_MS > 0) await new Promise((resolve) => setTimeout(resolve, this.config.SHUTDOWN_DRAIN_MS));
  }

  onApplicationShutdown(signal?: string): void {
    this.logger.log({ signal }, 'stopped');
  }
}
