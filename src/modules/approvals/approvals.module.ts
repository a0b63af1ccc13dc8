import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { AdminApprovalsController } from './api/admin-approvals.controller.js';
import { approvalsConfig } from './approvals.config.js';
import { ApprovalActions } from './application/approval-actions.js';
import { ApprovalExecutor } from './application/approval-executor.js';
import {
  ApproveRequestHandler,
  GetApprovalHandler,
  ListApprovalsHandler,
  RejectRequestHandler,
  RequestApprovalHandler,
} from './application/approval.handlers.js';
import { ApprovalRepository } from './infrastructure/persistence/approval.repository.js';

/** Maker-checker: sensitive actions requested by one operator take effect when a different one approves. */
@Global()
@Module({
  imports: [ConfigModule.forFeature(approvalsConfig)],
  controllers: [AdminApprovalsController],
  providers: [
    ApprovalActions,
    ApprovalRepository,
    ApprovalExecutor,
    RequestApprovalHandler,
    ApproveRequestHandler,
    RejectRequestHandler,
    ListApprovalsHandler,
    GetApprovalHandler,
  ],
  exports: [ApprovalActions],
})
export class ApprovalsModule {}
