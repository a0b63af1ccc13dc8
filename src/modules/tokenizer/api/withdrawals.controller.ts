import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Roles } from '../../../shared/auth/index.js';
import { AcceptedCommand, ApiProblems, CustomerOnly, IdempotencyKey } from '../../../shared/http/index.js';
import { parseMinorUnits } from '../../../shared/money/index.js';
import { withdrawalView } from '../application/operations/operation-view.js';
import { RequestWithdrawalCommand } from '../application/commands/request-withdrawal/request-withdrawal.command.js';
import { WithdrawalApprovals, withdrawalApprovalIdOf } from '../application/withdrawals/withdrawal-approvals.js';
import { withdrawalNotFound } from '../domain/errors/withdrawal.errors.js';
import type { Withdrawal } from '../domain/withdrawal.js';
import { WithdrawalRepository } from '../infrastructure/persistence/withdrawal.repository.js';
import { ApproveRequestCommand, RejectRequestCommand } from '../../approvals/index.js';
import { OperatorReasonDto } from './approval-request.dto.js';
import { OperationResponse } from './money.dto.js';
import { CreateWithdrawalRequest } from './withdrawal.dto.js';

@ApiTags('money')
@ApiBearerAuth()
@Controller('v1')
export class WithdrawalsController {
  constructor(
    private readonly withdrawals: WithdrawalRepository,
    private readonly approvals: WithdrawalApprovals,
    private readonly commands: CommandBus,
  ) {}

  @Post('me/withdrawals')
  @CustomerOnly()
  @AcceptedCommand(OperationResponse, {
    operationId: 'createWithdrawal',
    summary: 'Withdraw to one of your linked IBANs',
    description:
      'The amount is put on hold on chain, paid out by SEPA, and burned once the bank confirms; a rejected or returned payout releases the hold. Above the approval threshold the withdrawal waits in `awaiting_approval` for an admin (maker-checker). Roles: `customer`.',
  })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() body: CreateWithdrawalRequest, @IdempotencyKey() idempotencyKey: string): Promise<OperationResponse> {
    const request = { customerId: user.customerId, amount: parseMinorUnits(body.amount), bankAccountId: body.bankAccountId, idempotencyKey };
    return withdrawalView(await this.commands.execute(new RequestWithdrawalCommand(request)));
  }

  @Post('admin/withdrawals/:id/approve')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'approveWithdrawal',
    summary: 'Approve a withdrawal above the threshold (its approval request, by withdrawal id)',
    description:
      "Roles: `admin`. Maker-checker: the customer's withdrawal is the request, listed under `GET /v1/admin/approvals` as `withdrawal.approve`; this approves that request (the same as `POST /v1/admin/approvals/{id}/approve`). The approver must not be the customer who asked (`APPROVALS.FOUR_EYES`). Funds are then held on chain and paid out.",
  })
  @ApiOkResponse({ type: OperationResponse, description: 'The withdrawal, now `pending` (funds being held) and carrying `approvedBy`' })
  @ApiProblems({ 400: ['REQUEST.INVALID'], 403: ['APPROVALS.FOUR_EYES', 'APPROVALS.SELF_DEALING', 'APPROVALS.ROLE_REQUIRED'], 404: ['WITHDRAWALS.NOT_FOUND'], 409: ['APPROVALS.NOT_PENDING'] })
  async approve(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: OperatorReasonDto): Promise<OperationResponse> {
    await this.commands.execute(new ApproveRequestCommand(await this.approvalOf(id), user, body?.reason));
    return withdrawalView((await this.withdrawals.get(id)) as Withdrawal);
  }

  @Post('admin/withdrawals/:id/reject')
  @Roles('admin')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'rejectWithdrawal',
    summary: 'Refuse a withdrawal waiting for approval; the reserved amount is spendable again',
    description: 'Roles: `admin`. Rejects the withdrawal\'s approval request (the same as `POST /v1/admin/approvals/{id}/reject`); nothing is paid out.',
  })
  @ApiOkResponse({ type: OperationResponse, description: 'The withdrawal, now `rejected`' })
  @ApiProblems({ 400: ['REQUEST.INVALID'], 403: ['APPROVALS.ROLE_REQUIRED'], 404: ['WITHDRAWALS.NOT_FOUND'], 409: ['APPROVALS.NOT_PENDING'] })
  async reject(@CurrentUser() user: AuthenticatedUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: OperatorReasonDto): Promise<OperationResponse> {
    await this.commands.execute(new RejectRequestCommand(await this.approvalOf(id), user, body?.reason));
    return withdrawalView((await this.withdrawals.get(id)) as Withdrawal);
  }

  /** The withdrawal's approval request (asked for now if a crash left it unasked). */
  private async approvalOf(withdrawalId: string): Promise<string> {
    const withdrawal = await this.withdrawals.get(withdrawalId);
    if (!withdrawal) throw withdrawalNotFound();
    await this.approvals.reconcile(withdrawal);
    return withdrawalApprovalIdOf(withdrawalId);
  }
}
