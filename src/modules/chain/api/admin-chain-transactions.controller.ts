import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { Roles } from '../../../shared/auth/index.js';
import { ApiProblems } from '../../../shared/http/index.js';
import { ListChainTransactionsQuery } from '../application/queries/list-chain-transactions/list-chain-transactions.query.js';

export class ChainTransactionListQueryDto {
  @ApiProperty({ required: false, enum: ['open', 'failed'], default: 'open' })
  @IsOptional() @IsIn(['open', 'failed']) status?: 'open' | 'failed';
}

export class ChainTransactionSummaryResponse {
  @ApiProperty({ example: 'deposit:tx-123:mint', description: 'The caller\'s idempotency key' }) key: string;
  @ApiProperty({ enum: ['call', 'mint', 'attest', 'batch'] }) kind: string;
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

@ApiTags('admin: chain')
@ApiBearerAuth()
@Roles('admin', 'treasury')
@ApiProblems({ 400: ['REQUEST.INVALID'], 401: ['AUTH.UNAUTHENTICATED', 'AUTH.INVALID_TOKEN'], 403: ['AUTH.FORBIDDEN'] })
@Controller('v1/admin/chain-transactions')
export class AdminChainTransactionsController {
  constructor(private readonly queries: QueryBus) {}

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
}
