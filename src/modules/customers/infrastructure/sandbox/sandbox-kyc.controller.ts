import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Public } from '../../../../shared/auth/index.js';
import { SandboxKycProvider } from './sandbox-kyc.provider.js';
import { sandboxKycCaseNotInReview, sandboxKycWebhookNotFound } from '../../domain/customer.errors.js';
import { SandboxKycWebhookSender } from './sandbox-kyc.webhook-sender.js';

export class ForceKycDecisionRequest {
  @ApiProperty({ enum: ['approved', 'rejected'] }) @IsIn(['approved', 'rejected']) outcome: 'approved' | 'rejected';
  @ApiProperty({ required: false, example: 'DOCUMENT_EXPIRED', description: 'Reason code of a rejection' })
  @IsOptional()
  @Matches(/^[A-Z][A-Z0-9_]{1,39}$/)
  reason?: string;
}

export class RedeliverKycWebhookRequest {
  @ApiProperty({ required: false, default: 1, maximum: 20 }) @IsOptional() @IsInt() @Min(1) @Max(20) times?: number;
}

@ApiTags('sandbox')
@Public()
@Controller('v1/sandbox/kyc')
export class SandboxKycController {
  constructor(
    private readonly provider: SandboxKycProvider,
    private readonly sender: SandboxKycWebhookSender,
  ) {}

  @Post('applications/:applicationId/decision')
  @HttpCode(200)
  @ApiOperation({ operationId: 'decideSandboxKycApplication', summary: 'Sandbox: the provider’s reviewer decides a case now; the signed webhook follows asynchronously' })
  @ApiOkResponse({ schema: { properties: { webhookId: { type: 'string' } } } })
  async decide(@Param('applicationId', new ParseUUIDPipe()) applicationId: string, @Body() request: ForceKycDecisionRequest) {
    const outcome = request.outcome === 'rejected' ? { outcome: 'rejected' as const, reason: request.reason ?? 'REJECTED_BY_REVIEWER' } : { outcome: 'approved' as const };
    const webhookId = await this.provider.forceDecision(applicationId, outcome);
    if (!webhookId) throw sandboxKycCaseNotInReview();
    return { webhookId };
  }

  @Post('webhooks/:webhookId/redeliver')
  @ApiOperation({ operationId: 'redeliverSandboxKycWebhook', summary: 'Sandbox: deliver a decision again, several times at once' })
  async redeliver(@Param('webhookId') webhookId: string, @Body() request: RedeliverKycWebhookRequest) {
    const results = await this.sender.redeliver(webhookId, request.times ?? 1);
    if (results.length === 0) throw sandboxKycWebhookNotFound();
    return { deliveries: results.map((result) => ({ status: result.status })) };
  }
}
