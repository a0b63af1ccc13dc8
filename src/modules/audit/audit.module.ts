import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { OperatorActionInterceptor } from './api/operator-action.interceptor.js';
import { AdminAuditController } from './api/admin-audit.controller.js';
import { AuditAppender } from './application/audit-appender.js';
import { ListAuditEntriesHandler, VerifyAuditChainHandler } from './application/queries/audit-queries.handler.js';
import { AuditLogRepository } from './infrastructure/persistence/audit-log.repository.js';

/** The append-only, hash-chained audit trail: every committed event and every change made through the API. */
@Module({
  imports: [],
  controllers: [AdminAuditController],
  providers: [
    AuditLogRepository,
    AuditAppender,
    ListAuditEntriesHandler,
    VerifyAuditChainHandler,
    { provide: APP_INTERCEPTOR, useClass: OperatorActionInterceptor },
  ],
})
export class AuditModule {}
