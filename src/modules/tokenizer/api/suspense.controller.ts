import { Body, Get, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Roles } from '../../../shared/auth/index.js';
import { AcceptedCommand, ApiProblems, OperatorController } from '../../../shared/http/index.js';
import { RequestApprovalCommand } from '../../approvals/index.js';
import { OperatorMoneyActions } from '../application/operator-money.actions.js';
import { DepositRepository } from '../infrastructure/persistence/deposit.repository.js';
import { mintableOf } from '../domain/deposit.js';
import { ApprovalRequestedResponse, OperatorReasonDto, approvalRequested } from './approval-request.dto.js';
import { AssignSuspenseRequest, SuspenseListResponse } from './money.dto.js';

const MAKER_CHECKER =
  'Roles: `admin`. Maker-checker: this creates an approval request (`GET /v1/admin/approvals`); it takes effect when a different admin approves it, once however often it is approved or retried. Send an `Idempotency-Key`: the same key returns the same request.';

@OperatorController('v1/admin/suspense', 'admin: suspense', ['admin'])
export class SuspenseController {
  constructor(
    private readonly deposits: DepositRepository,
    private readonly actions: OperatorMoneyActions,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listSuspenseItems', summary: 'Credits that could not be matched to a verified, unfrozen customer', description: 'Roles: `admin`. Oldest first.' })
  @ApiOkResponse({ type: SuspenseListResponse })
  async list(): Promise<SuspenseListResponse> {
    const items = await this.deposits.listByStatus('suspense');
    return {
      items: items.map((deposit) => ({
        id: deposit.id,
        amount: mintableOf(deposit).toString(),
        currency: deposit.currency,
        reference: deposit.reference,
        reason: deposit.reason ?? 'UNKNOWN',
        ...(deposit.customerId ? { customerId: deposit.customerId } : {}),
        receivedAt: deposit.createdAt,
      })),
    };
  }

  @Post(':id/assign')
  @AcceptedCommand(ApprovalRequestedResponse, { operationId: 'requestSuspenseAssignment', summary: 'Ask to give a credit in suspense to a customer: once approved it is minted to their wallet', description: MAKER_CHECKER })
  @ApiProblems({ 400: ['REQUEST.INVALID', 'IDEMPOTENCY.KEY_REQUIRED'], 404: ['TOKENIZER.OPERATION_NOT_FOUND'], 409: ['TOKENIZER.NOT_IN_SUSPENSE', 'TOKENIZER.CUSTOMER_NOT_ELIGIBLE'] })
  async assign(@Param('id') id: string, @Body() request: AssignSuspenseRequest, @CurrentUser() user: AuthenticatedUser): Promise<ApprovalRequestedResponse> {
    const deposit = await this.actions.inSuspense(id);
    const params = { depositId: id, amount: mintableOf(deposit).toString(), customerId: request.customerId };
    return approvalRequested(await this.commands.execute(new RequestApprovalCommand('suspense.assign', params, user, request.reason)));
  }

  @Post(':id/return')
  @AcceptedCommand(ApprovalRequestedResponse, { operationId: 'requestSuspenseReturn', summary: 'Ask to send a credit in suspense back to its sender (a SEPA payout to the debtor account)', description: MAKER_CHECKER })
  @ApiProblems({ 400: ['REQUEST.INVALID', 'IDEMPOTENCY.KEY_REQUIRED'], 404: ['TOKENIZER.OPERATION_NOT_FOUND'], 409: ['TOKENIZER.NOT_IN_SUSPENSE'] })
  async returnToSender(@Param('id') id: string, @Body() request: OperatorReasonDto, @CurrentUser() user: AuthenticatedUser): Promise<ApprovalRequestedResponse> {
    const deposit = await this.actions.inSuspense(id);
    const params = { depositId: id, amount: mintableOf(deposit).toString() };
    return approvalRequested(await this.commands.execute(new RequestApprovalCommand('suspense.return', params, user, request.reason)));
  }
}
