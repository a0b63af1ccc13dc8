import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './api/health.controller.js';
import { MetricsController } from './api/metrics.controller.js';
import { GracefulShutdown } from './application/graceful-shutdown.js';

/** Health, readiness, graceful shutdown and Prometheus metrics for the people who run the platform. */
@Module({ imports: [TerminusModule], controllers: [HealthController, MetricsController], providers: [GracefulShutdown] })
export class ObservabilityModule {}
