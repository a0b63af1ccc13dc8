import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Roles } from '../../../shared/auth/index.js';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { ApiProblems } from '../../../shared/http/index.js';
import { RequestApprovalCommand } from '../../approvals/index.js';
import { GetWalletRecoveryQuery } from '../application/queries/get-wallet-recovery.query.js';
import { recoveryNotFound } from '../domain/custody.errors.js';
import type { WalletRecoveryView } from '../domain/wallet-recovery.js';

export class WalletRecoveryResponse {
  @ApiProperty() id: string;
  @ApiProperty() customerId: string;
  @ApiProperty({ enum: ['requested', 'submitted', 'completed', 'failed'] }) status: string;
  @ApiProperty() lostAddress: string;
  @ApiProperty() newAddress: string;
  @ApiProperty() requestedBy: string;
  @ApiProperty({ required: false, description: 'Why it failed, e.g. EURTActiveHolds' }) error?: string;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class CustodyReasonDto {
  @ApiProperty({ required: false, maxLength: 500, example: 'Customer reported a lost phone, identity checked on a video call (OPS-310)', description: 'Why, for the approver and the audit trail' })
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class WalletRecoveryRequestedResponse {
  @ApiProperty({ format: 'uuid', description: 'The approval request: a different operator approves it with `POST /v1/admin/approvals/{id}/approve`' }) id: string;
  @ApiProperty({ example: 'wallet.recover' }) action: string;
  @ApiProperty({ enum: ['pending', 'executed', 'failed'], description: '`pending` until approved; `executed` at once when maker-checker is off for the action' }) status: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ required: false, format: 'uuid', description: 'Once executed: the wallet recovery' }) resultId?: string;
}

@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin', 'compliance')
@Controller('v1/admin')
export class AdminWalletRecoveryController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post('customers/:customerId/wallet-recovery')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'requestWalletRecovery',
    summary: 'Ask to move a customer to a new custodial key and wallet (lost or compromised key): the token moves the balance and the identity',
    description:
      'Roles: `admin`, `compliance`. Maker-checker: creates an approval request (`wallet.recover`); a different operator approves it, and its `resultId` is then the recovery, followed with `GET /v1/admin/wallet-recoveries/{id}`.',
  })
  @ApiAcceptedResponse({ type: WalletRecoveryRequestedResponse })
  @ApiProblems({ 400: ['REQUEST.INVALID'], 404: ['CUSTODY.WALLET_NOT_FOUND'], 409: ['CUSTODY.WALLET_NOT_REGISTERED', 'CUSTODY.RECOVERY_IN_PROGRESS'] })
  async recover(
    @Param('customerId', new ParseUUIDPipe()) customerId: string,
    @Body() body: CustodyReasonDto,
    @CurrentUser() operator: AuthenticatedUser,
  ): Promise<WalletRecoveryRequestedResponse> {
    const approval = await this.commands.execute(new RequestApprovalCommand('wallet.recover', { customerId }, operator, body.reason));
    return { id: approval.id, action: approval.action, status: approval.status, expiresAt: approval.expiresAt, ...(approval.resultId ? { resultId: approval.resultId } : {}) };
  }

  @Get('wallet-recoveries/:id')
  @ApiOperation({ operationId: 'getWalletRecovery', summary: 'A wallet recovery and its state', description: 'Roles: `admin`.' })
  @ApiOkResponse({ type: WalletRecoveryResponse })
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<WalletRecoveryView> {
    const recovery = await this.queries.execute(new GetWalletRecoveryQuery(id));
    if (!recovery) throw recoveryNotFound();
    return recovery;
  }
}
