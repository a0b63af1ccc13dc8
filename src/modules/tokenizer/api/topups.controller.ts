import { randomUUID } from 'node:crypto';
import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Roles } from '../../../shared/auth/index.js';
import { Idempotent } from '../../../shared/http/index.js';
import { parseMinorUnits } from '../../../shared/money/index.js';
import { CustomerEligibility } from '../application/deposits/customer-eligibility.js';
import { TopUpProcessor } from '../application/topups/topup-processor.js';
import { topUpUnavailable } from '../domain/errors/tokenizer.errors.js';
import { toOperationResponse } from './operation.mapper.js';
import { OperationResponse, TopUpRequest, TopUpResponse } from './money.dto.js';

@ApiTags('money')
@ApiBearerAuth()
@Controller('v1')
export class TopUpsController {
  constructor(
    private readonly processor: TopUpProcessor,
    private readonly eligibility: CustomerEligibility,
  ) {}

  @Post('me/topups')
  @HttpCode(202)
  @Idempotent()
  @ApiOperation({ summary: 'Top up by card: creates the card payment to pay at the acquirer; the amount is minted once it is captured' })
  @ApiAcceptedResponse({ type: TopUpResponse })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() request: TopUpRequest): Promise<TopUpResponse> {
    const amount = parseMinorUnits(request.amount);
    const eligibility = await this.eligibility.of(user.customerId);
    if (!eligibility.eligible) throw topUpUnavailable(eligibility.reason);
    const topUp = await this.processor.create(user.customerId, eligibility.walletAddress, amount, randomUUID());
    return { id: topUp.id, paymentId: topUp.paymentId as string, status: topUp.status };
  }

  @Post('admin/topups/:id/refund')
  @HttpCode(202)
  @Roles('admin')
  @Idempotent()
  @ApiOperation({ summary: 'Refund a completed card top-up: the tokens are burned, then the card is refunded (refused if the customer no longer holds them)' })
  @ApiAcceptedResponse({ type: OperationResponse })
  async refund(@Param('id') id: string): Promise<OperationResponse> {
    return toOperationResponse({ type: 'topup', ...(await this.processor.refund(id)) });
  }
}
