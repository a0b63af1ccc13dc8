import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { customerNotFound } from '../domain/customer.errors.js';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Public } from '../../../shared/auth/index.js';
import { CustomerController, RateLimit, SignedWebhookReceiver } from '../../../shared/http/index.js';
import { RecordKycDecisionCommand } from '../application/commands/record-kyc-decision/record-kyc-decision.command.js';
import { SubmitKycCommand } from '../application/commands/submit-kyc/submit-kyc.command.js';
import { GetKycStateQuery } from '../application/queries/get-kyc-state/get-kyc-state.query.js';
import { KycWebhookSignatureGuard } from '../infrastructure/kyc-secrets.js';
import { KycStateResponse, KycWebhookEnvelope, SubmitKycRequest } from './kyc.dto.js';

@CustomerController('v1/me/kyc', 'customer')
export class KycController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @RateLimit('kyc')
  @HttpCode(202)
  @ApiOperation({ operationId: 'submitKyc', summary: 'Submit identity data to the KYC provider; the decision follows asynchronously (GET /v1/me/kyc, GET /v1/me)' })
  @ApiAcceptedResponse({ type: KycStateResponse })
  submit(@CurrentUser() user: AuthenticatedUser, @Body() request: SubmitKycRequest): Promise<KycStateResponse> {
    return this.commands.execute(new SubmitKycCommand(user.customerId, { ...request, address: { ...request.address } }));
  }

  @Get()
  @ApiOperation({ operationId: 'getKycState', summary: 'The KYC status and a rejection\'s reason code', description: 'Roles: `customer`.' })
  @ApiOkResponse({ type: KycStateResponse })
  async state(@CurrentUser() user: AuthenticatedUser): Promise<KycStateResponse> {
    const state = await this.queries.execute(new GetKycStateQuery(user.customerId));
    if (!state) throw customerNotFound();
    return state;
  }
}

@ApiTags('webhooks')
@Public()
@Controller('v1/webhooks/kyc')
export class KycWebhookController {
  constructor(private readonly commands: CommandBus) {}

  @SignedWebhookReceiver(KycWebhookSignatureGuard, { operationId: 'receiveKycWebhook', summary: 'Decisions from the KYC provider (signed; stale or replayed deliveries are refused)' }, ['recorded', 'already-decided'])
  async receive(@Body() envelope: KycWebhookEnvelope): Promise<{ status: string }> {
    const { applicationId, outcome, reason } = envelope.data;
    const status = await this.commands.execute(
      new RecordKycDecisionCommand({
        deliveryId: envelope.id,
        applicationId,
        decision: outcome === 'approved' ? { outcome } : { outcome, reason: reason ?? 'REJECTED' },
      }),
    );
    return { status };
  }
}
