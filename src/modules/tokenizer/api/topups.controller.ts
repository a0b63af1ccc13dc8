import { randomUUID } from 'node:crypto';
import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Roles } from '../../../shared/auth/index.js';
import { AcceptedCommand, ApiProblems, CustomerOnly } from '../../../shared/http/index.js';
import { IsMinorUnits, parseMinorUnits } from '../../../shared/money/index.js';
import { CustomerEligibility } from '../application/deposits/customer-eligibility.js';
import { TopUpProcessor } from '../application/topups/topup-processor.js';
import { operationNotFound, topUpUnavailable } from '../domain/errors/tokenizer.errors.js';
import { TopUpRepository } from '../infrastructure/persistence/topup.repository.js';
import { RequestApprovalCommand } from '../../approvals/index.js';
import { OperatorMoneyActions } from '../application/operator-money.actions.js';
import { SHORTFALL_WRITE_OFF } from '../application/topups/shortfall-write-off.js';
import { ApprovalRequestedResponse, OperatorReasonDto, RequiredReasonDto, approvalRequested } from './approval-request.dto.js';
import { TopUpRequest, TopUpResponse } from './money.dto.js';

export class ShortfallRecoveryRequest extends OperatorReasonDto {
  @IsMinorUnits() amount: string;
}

export class ShortfallWriteOffRequest extends RequiredReasonDto {
  @IsMinorUnits() amount: string;
}

@ApiTags('money')
@ApiBearerAuth()
@Controller('v1')
export class TopUpsController {
  constructor(
    private readonly processor: TopUpProcessor,
    private readonly eligibility: CustomerEligibility,
    private readonly actions: OperatorMoneyActions,
    private readonly commands: CommandBus,
    private readonly topUps: TopUpRepository,
  ) {}

  @Post('me/topups')
  @CustomerOnly()
  @AcceptedCommand(TopUpResponse, { operationId: 'createTopUp', description: 'Roles: `customer` (verified). Send an `Idempotency-Key`.', summary: 'Top up by card: creates the card payment to pay at the acquirer; the amount is minted once it is captured' })
  async create(@CurrentUser() user: AuthenticatedUser, @Body() request: TopUpRequest): Promise<TopUpResponse> {
    const amount = parseMinorUnits(request.amount);
    const eligibility = await this.eligibility.of(user.customerId);
    if (!eligibility.eligible) throw topUpUnavailable(eligibility.reason);
    const topUp = await this.processor.create(user.customerId, eligibility.walletAddress, amount, randomUUID());
    return { id: topUp.id, paymentId: topUp.paymentId as string, status: topUp.status };
  }

  @Post('admin/topups/:id/refund')
  @Roles('admin')
  @AcceptedCommand(ApprovalRequestedResponse, {
    operationId: 'requestTopUpRefund',
    summary: 'Ask to refund a completed card top-up: once approved the tokens are burned, then the card is refunded through the acquirer',
    description:
      'Roles: `admin`. Maker-checker: creates an approval request (`topup.refund`); a different admin approves it. Refused if the customer no longer holds the amount (`TOPUPS.INSUFFICIENT_BALANCE`), checked again when it is carried out. Send an `Idempotency-Key`.',
  })
  @ApiProblems({ 400: ['REQUEST.INVALID', 'IDEMPOTENCY.KEY_REQUIRED'], 404: ['TOKENIZER.OPERATION_NOT_FOUND'], 409: ['TOPUPS.NOT_REFUNDABLE', 'TOPUPS.INSUFFICIENT_BALANCE'] })
  async refund(@Param('id') id: string, @Body() body: OperatorReasonDto, @CurrentUser() user: AuthenticatedUser): Promise<ApprovalRequestedResponse> {
    const topUp = await this.actions.refundable(id);
    const params = { topUpId: id, amount: topUp.amount.toString(), customerId: topUp.customerId };
    return approvalRequested(await this.commands.execute(new RequestApprovalCommand('topup.refund', params, user, body.reason)));
  }

  @Post('admin/topups/:id/shortfall-recovery')
  @Roles('admin', 'treasury')
  @AcceptedCommand(ApprovalRequestedResponse, {
    operationId: 'requestShortfallRecovery',
    summary: "Ask to recover a reversed top-up's flagged shortfall from the customer's later credits (a burn)",
    description:
      'Roles: `admin`, `treasury`. A refund or chargeback the balance could not cover leaves `shortfall` cents unbacked (see `GET /v1/admin/reserves`) and the wallet frozen; once the customer holds tokens again (after an approved unfreeze, e.g. a payment from another customer) this burns `amount` of them. A SEPA credit from the customer pays an open shortfall by itself (the deposit then shows `shortfallCovered`; only the rest is minted); this route is for tokens the customer holds. Maker-checker (`topup.recover-shortfall`): a different operator approves; the shortfall shrinks when the burn confirms. Send an `Idempotency-Key`.',
  })
  @ApiProblems({ 400: ['REQUEST.INVALID', 'IDEMPOTENCY.KEY_REQUIRED'], 404: ['TOKENIZER.OPERATION_NOT_FOUND'], 409: ['TOPUPS.NO_SHORTFALL', 'CORRECTIONS.INSUFFICIENT_BALANCE'] })
  async recoverShortfall(@Param('id') id: string, @Body() body: ShortfallRecoveryRequest, @CurrentUser() user: AuthenticatedUser): Promise<ApprovalRequestedResponse> {
    const topUp = await this.topUps.get(id);
    if (!topUp) throw operationNotFound();
    const params = { topUpId: id, amount: parseMinorUnits(body.amount).toString(), customerId: topUp.customerId };
    return approvalRequested(await this.commands.execute(new RequestApprovalCommand('topup.recover-shortfall', params, user, body.reason)));
  }

  @Post('admin/topups/:id/shortfall-write-off')
  @Roles('treasury')
  @AcceptedCommand(ApprovalRequestedResponse, {
    operationId: 'requestShortfallWriteOff',
    summary: "Ask to write off a reversed top-up's flagged shortfall: the platform takes the loss, the customer no longer owes it",
    description:
      'Roles: `treasury` asks (with a `reason`), a different `treasury` or `admin` operator approves (maker-checker, `topup.write-off-shortfall`). Nothing moves on chain: the write-off is recorded on the top-up with its reason and both operators, the shortfall shrinks by `amount`, and `GET /v1/admin/reserves` shows it under `writtenOff` (tokens the platform\'s own funds must cover) instead of `shortfall`. At most the shortfall not being recovered by a burn (`TOPUPS.NO_SHORTFALL`). An operator cannot write off their own shortfall (`APPROVALS.SELF_DEALING`). Send an `Idempotency-Key`.',
  })
  @ApiProblems({ 400: ['REQUEST.INVALID', 'IDEMPOTENCY.KEY_REQUIRED'], 403: ['AUTH.FORBIDDEN', 'APPROVALS.SELF_DEALING'], 404: ['TOKENIZER.OPERATION_NOT_FOUND'], 409: ['TOPUPS.NO_SHORTFALL'] })
  async writeOffShortfall(@Param('id') id: string, @Body() body: ShortfallWriteOffRequest, @CurrentUser() user: AuthenticatedUser): Promise<ApprovalRequestedResponse> {
    const topUp = await this.topUps.get(id);
    if (!topUp) throw operationNotFound();
    const params = { topUpId: id, amount: parseMinorUnits(body.amount).toString(), customerId: topUp.customerId };
    return approvalRequested(await this.commands.execute(new RequestApprovalCommand(SHORTFALL_WRITE_OFF, params, user, body.reason)));
  }
}
