import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../../shared/auth/index.js';
import { Idempotent } from '../../../shared/http/index.js';
import { DepositProcessor } from '../application/deposits/deposit-processor.js';
import { DepositRepository } from '../infrastructure/persistence/deposit.repository.js';
import { toOperationResponse } from './operation.mapper.js';
import { AssignSuspenseRequest, OperationResponse, SuspenseListResponse } from './money.dto.js';

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('v1/admin/suspense')
export class SuspenseController {
  constructor(
    private readonly deposits: DepositRepository,
    private readonly processor: DepositProcessor,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Credits that could not be matched to a verified, unfrozen customer' })
  @ApiOkResponse({ type: SuspenseListResponse })
  async list(): Promise<SuspenseListResponse> {
    const items = await this.deposits.listByStatus('suspense');
    return {
      items: items.map((deposit) => ({
        id: deposit.id,
        amount: deposit.amount.toString(),
        currency: deposit.currency,
        reference: deposit.reference,
        reason: deposit.reason ?? 'UNKNOWN',
        ...(deposit.customerId ? { customerId: deposit.customerId } : {}),
        receivedAt: deposit.createdAt,
      })),
    };
  }

  @Post(':id/assign')
  @HttpCode(202)
  @Idempotent()
  @ApiOperation({ summary: 'Give a credit in suspense to a customer: it is minted to their wallet' })
  @ApiAcceptedResponse({ type: OperationResponse })
  async assign(@Param('id') id: string, @Body() request: AssignSuspenseRequest): Promise<OperationResponse> {
    return toOperationResponse({ type: 'deposit', ...(await this.processor.assign(id, request.customerId)) });
  }

  @Post(':id/return')
  @HttpCode(202)
  @Idempotent()
  @ApiOperation({ summary: 'Send a credit in suspense back to its sender (a SEPA payout to the debtor account)' })
  @ApiAcceptedResponse({ type: OperationResponse })
  async returnToSender(@Param('id') id: string): Promise<OperationResponse> {
    return toOperationResponse({ type: 'deposit', ...(await this.processor.returnToSender(id)) });
  }
}
