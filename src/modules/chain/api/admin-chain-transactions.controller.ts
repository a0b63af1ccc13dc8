import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { type AuthenticatedUser, CurrentUser, Roles } from '../../../shared/auth/index.js';
import { RequestApprovalCommand } from '../../approvals/index.js';
import { ApiProblems } from '../../../shared/http/index.js';
import { ListChainTransactionsQuery } from '../application/queries/list-chain-transactions/list-chain-transactions.query.js';

export class ChainTransactionListQueryDto {
  @ApiProperty({ required: false, enum: ['open', 'failed'], default: 'open' })
  @IsOptional() @IsIn(['open', 'failed']) status?: 'open' | 'failed';
}

export class ChainTransactionSummaryResponse {
  @ApiProperty({ example: 'deposit:tx-123:mint', description: 'The caller\'s idempotency key' }) key: string;
  @ApiProperty({ enum: ['call', 'mint', 'onboard', 'attest', 'batch'] }) kind: string;
  @ApiProperty({ enum: ['queued', 'batched', 'signed', 'broadcast', 'confirmed', 'failed'] }) status: string;
  @ApiProperty({ required: false, type: 'integer', description: 'The operator account\'s nonce it was signed with' }) nonce?: number;
  @ApiProperty({ required: false }) hash?: string;
  @ApiProperty({ required: false, description: 'Why it failed' }) error?: string;
  @ApiProperty({ required: false, example: 'EnforcedPause', description: 'The contract\'s custom error' }) errorName?: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time' }) updatedAt: string;
  @ApiProperty({ type: 'integer', description: 'Seconds since it was requested' }) ageSeconds: number;
}

export class ChainTransactionListResponse {
  @ApiProperty({ type: [ChainTransactionSummaryResponse] }) items: ChainTransactionSummaryResponse[];
}

export class ReplaceTransactionRequest {
  @ApiProperty({ required: false, maxLength: 500, example: 'Incident OPS-7: mint stuck behind a base fee spike', description: 'Why, for the approver and the audit trail' })
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class ReplaceTransactionApprovalResponse {
  @ApiProperty({ format: 'uuid', description: 'The approval request: a different admin or treasury operator approves it with `POST /v1/admin/approvals/{id}/approve`' }) id: string;
  @ApiProperty({ example: 'chain.transaction.replace' }) action: string;
  @ApiProperty({ enum: ['pending', 'executed', 'failed'] }) status: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

@ApiTags('admin: chain')
@ApiBearerAuth()
@Roles('admin', 'treasury')
@ApiProblems({ 400: ['REQUEST.INVALID'], 401: ['AUTH.UNAUTHENTICATED', 'AUTH.INVALID_TOKEN'], 403: ['AUTH.FORBIDDEN'] })
@Controller('v1/admin/chain-transactions')
export class AdminChainTransactionsController {
  constructor(
    private readonly queries: QueryBus,
    private readonly commands: CommandBus,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listChainTransactions',
    summary: 'Platform transactions still open (oldest first) or failed (newest first)',
    description: 'Roles: `admin`, `treasury`. With their nonce, age and error: a transaction open for long is stuck.',
  })
  @ApiOkResponse({ type: ChainTransactionListResponse })
  async list(@Query() query: ChainTransactionListQueryDto): Promise<ChainTransactionListResponse> {
    return { items: await this.queries.execute(new ListChainTransactionsQuery(query.status ?? 'open', 200)) };
  }

  @Post(':key/replace')
  @HttpCode(202)
  @ApiOperation({
    operationId: 'requestChainTransactionReplacement',
    summary: 'Ask to re-send a stuck transaction with the same nonce at a higher fee',
    description:
      'Roles: `admin`, `treasury`. Maker-checker: this creates an approval request; once a different operator approves it, the transaction is signed again with its nonce at +25% on both fee fields (at most CHAIN_MAX_FEE_PER_GAS_GWEI), and the operation follows whichever attempt is mined. Only a broadcast transaction not mined yet qualifies.',
  })
  @ApiAcceptedResponse({ type: ReplaceTransactionApprovalResponse })
  @ApiProblems({ 404: ['CHAIN.TRANSACTION_NOT_FOUND'], 409: ['CHAIN.TRANSACTION_NOT_PENDING'] })
  async replace(@Param('key') key: string, @Body() body: ReplaceTransactionRequest, @CurrentUser() user: AuthenticatedUser): Promise<ReplaceTransactionApprovalResponse> {
    const approval = await this.commands.execute(new RequestApprovalCommand('chain.transaction.replace', { key }, user, body.reason));
    return { id: approval.id, action: approval.action, status: approval.status, expiresAt: approval.expiresAt };
  }
}
