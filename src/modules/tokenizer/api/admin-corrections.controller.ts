import { Body, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiProperty } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { type AuthenticatedUser, CurrentUser, Roles } from '../../../shared/auth/index.js';
import { AcceptedCommand, ApiProblems, OperatorController } from '../../../shared/http/index.js';
import { IsMinorUnits, parseMinorUnits } from '../../../shared/money/index.js';
import { RequestApprovalCommand } from '../../approvals/index.js';
import { ApprovalRequestedResponse, RequiredReasonDto, approvalRequested } from './approval-request.dto.js';

export class CorrectionRequest extends RequiredReasonDto {
  @ApiProperty({ enum: ['mint', 'burn'], example: 'burn', description: '`mint`: tokens to the wallet (money the platform holds for the customer but never minted); `burn`: tokens from it (minted without money behind them)' })
  @IsIn(['mint', 'burn'])
  direction: 'mint' | 'burn';

  @IsMinorUnits()
  amount: string;
}

@OperatorController('v1/admin/customers/:customerId/corrections', 'admin: money', ['admin'])
export class AdminCorrectionsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @AcceptedCommand(ApprovalRequestedResponse, {
    operationId: 'requestBalanceCorrection',
    summary: "Ask for a manual correction of a customer's balance: a mint to or a burn from their wallet, with its reason",
    description:
      'Roles: `admin`. Maker-checker: creates an approval request (`correction.mint` or `correction.burn`); a different admin approves it, and the chain transaction (keyed by the approval, sent once) carries it out: its key is the approval\'s `resultId`, followed in `GET /v1/admin/chain-transactions`. A mint must keep the supply within the attested reserve; a burn takes only spendable tokens. Send an `Idempotency-Key`.',
  })
  @ApiProblems({ 400: ['REQUEST.INVALID', 'IDEMPOTENCY.KEY_REQUIRED'], 404: ['TOKENIZER.CUSTOMER_NOT_FOUND'], 409: ['TOKENIZER.CUSTOMER_NOT_ELIGIBLE', 'CORRECTIONS.INSUFFICIENT_BALANCE'] })
  async request(@Param('customerId', ParseUUIDPipe) customerId: string, @Body() body: CorrectionRequest, @CurrentUser() user: AuthenticatedUser): Promise<ApprovalRequestedResponse> {
    const params = { customerId, amount: parseMinorUnits(body.amount).toString() };
    return approvalRequested(await this.commands.execute(new RequestApprovalCommand(`correction.${body.direction}`, params, user, body.reason)));
  }
}
