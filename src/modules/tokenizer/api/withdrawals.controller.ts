import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Roles } from '../../../shared/auth/index.js';
import { Idempotent, IdempotencyKey } from '../../../shared/http/index.js';
import { parseMinorUnits } from '../../../shared/money/index.js';
import { withdrawalView } from '../application/operations/operation-view.js';
import { RequestWithdrawalCommand } from '../application/commands/request-withdrawal/request-withdrawal.command.js';
import { WithdrawalProcessor } from '../application/withdrawals/withdrawal-processor.js';
import { OperationResponse } from './money.dto.js';
import { CreateWithdrawalRequest } from './withdrawal.dto.js';

@ApiTags('money')
@ApiBearerAuth()
@Controller('v1')
export class WithdrawalsController {
  constructor(
    private readonly processor: WithdrawalProcessor,
    private readonly commands: CommandBus,
  ) {}

  @Post('me/withdrawals')
  @HttpCode(202)
  @Idempotent()
  @ApiOperation({
    summary: 'Withdraw to one of your linked IBANs',
    description:
      'The amount is put on hold on chain, paid out by SEPA, and burned once the bank confirms; a rejected or returned payout releases the hold. Above the approval threshold an admin approves first.',
  })
  @ApiAcceptedResponse({ type: OperationResponse })
  async create(
    @CurrentUser() user: AuthenticatedUser,
    @Body() body: CreateWithdrawalRequest,
    @IdempotencyKey() idempotencyKey: string,
  ): Promise<OperationResponse> {
    const request = { customerId: user.customerId, amount: parseMinorUnits(body.amount), bankAccountId: body.bankAccountId, idempotencyKey };
    return withdrawalView(await this.commands.execute(new RequestWithdrawalCommand(request)));
  }

  @Post('admin/withdrawals/:id/approve')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Four eyes: approve a withdrawal above the threshold (the approver is not the requester)' })
  @ApiOkResponse({ type: OperationResponse })
  async approve(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<OperationResponse> {
    return withdrawalView(await this.processor.approve(id, user.customerId));
  }

  @Post('admin/withdrawals/:id/reject')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({ summary: 'Refuse a withdrawal waiting for approval; the reserved amount is spendable again' })
  @ApiOkResponse({ type: OperationResponse })
  async reject(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string): Promise<OperationResponse> {
    return withdrawalView(await this.processor.reject(id, user.customerId));
  }
}
