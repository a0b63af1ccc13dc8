import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { Roles } from '../../../shared/auth/index.js';
import { ApiProblems } from '../../../shared/http/index.js';
import { OperationHistory } from '../application/operations/operation-history.js';
import { type OperationView, depositView, topUpView, transferView, withdrawalView } from '../application/operations/operation-view.js';
import { DepositRepository } from '../infrastructure/persistence/deposit.repository.js';
import { TopUpRepository } from '../infrastructure/persistence/topup.repository.js';
import { TransferRepository } from '../infrastructure/persistence/transfer.repository.js';
import { WithdrawalRepository } from '../infrastructure/persistence/withdrawal.repository.js';
import { OperationResponse } from './money.dto.js';

const TYPES = ['deposit', 'topup', 'transfer', 'withdrawal'] as const;
const LIMIT = 200;

export class AdminOperationsQueryDto {
  @ApiProperty({ required: false, enum: TYPES }) @IsOptional() @IsIn(TYPES) type?: (typeof TYPES)[number];
  @ApiProperty({ required: false, example: 'payout_sent', description: 'A state of the type, e.g. `minting`, `payout_failed`, `awaiting_approval`' })
  @IsOptional() @Matches(/^[a-z_]{2,40}$/) status?: string;
  @ApiProperty({ required: false, format: 'uuid', description: 'Only this customer\'s operations (then final ones are searched too)' }) @IsOptional() @IsUUID() customerId?: string;
  @ApiProperty({ required: false, format: 'date-time', description: 'Created at or after' }) @IsOptional() @IsISO8601() from?: string;
  @ApiProperty({ required: false, format: 'date-time', description: 'Created at or before' }) @IsOptional() @IsISO8601() to?: string;
}

export class AdminOperationResponse extends OperationResponse {
  @ApiProperty({ format: 'uuid', required: false, description: 'The customer it belongs to (a transfer\'s sender)' }) customerId?: string;
}

export class AdminOperationListResponse {
  @ApiProperty({ type: [AdminOperationResponse] }) items: AdminOperationResponse[];
}

@ApiTags('admin: operations')
@ApiBearerAuth()
@Roles('admin', 'compliance', 'treasury')
@ApiProblems({ 400: ['REQUEST.INVALID'], 401: ['AUTH.UNAUTHENTICATED', 'AUTH.INVALID_TOKEN'], 403: ['AUTH.FORBIDDEN'] })
@Controller('v1/admin/operations')
export class AdminOperationsController {
  constructor(
    private readonly history: OperationHistory,
    private readonly deposits: DepositRepository,
    private readonly topUps: TopUpRepository,
    private readonly transfers: TransferRepository,
    private readonly withdrawals: WithdrawalRepository,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listOperations',
    summary: 'Operations by type, status, customer and time (e.g. deposits stuck in `minting`)',
    description:
      'Roles: `admin`, `compliance`, `treasury`. Without `customerId` the operations not final yet are searched (what needs an operator); with it, all of that customer\'s. Newest first, at most 200.',
  })
  @ApiOkResponse({ type: AdminOperationListResponse })
  async list(@Query() query: AdminOperationsQueryDto): Promise<AdminOperationListResponse> {
    const candidates = query.customerId ? await this.ofCustomer(query.customerId) : await this.open();
    const items = candidates
      .filter((operation) => (!query.type || operation.type === query.type) && (!query.status || operation.status === query.status))
      .filter((operation) => (!query.from || operation.createdAt >= query.from) && (!query.to || operation.createdAt <= query.to))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .slice(0, LIMIT);
    return { items };
  }

  private async ofCustomer(customerId: string): Promise<AdminOperationResponse[]> {
    const page = await this.history.list(customerId, 100);
    return page.items.map((operation) => ({ ...operation, customerId }));
  }

  private async open(): Promise<AdminOperationResponse[]> {
    const [deposits, topUps, transfers, withdrawals] = await Promise.all([this.deposits.listOpen(), this.topUps.listOpen(), this.transfers.listOpen(), this.withdrawals.listOpen()]);
    const withCustomer = (view: OperationView, customerId: string | undefined): AdminOperationResponse => ({ ...view, ...(customerId ? { customerId } : {}) });
    return [
      ...deposits.map((deposit) => withCustomer(depositView(deposit), deposit.customerId)),
      ...topUps.map((topUp) => withCustomer(topUpView(topUp), topUp.customerId)),
      ...transfers.map((transfer) => withCustomer(transferView(transfer, transfer.senderId), transfer.senderId)),
      ...withdrawals.map((withdrawal) => withCustomer(withdrawalView(withdrawal), withdrawal.customerId)),
    ];
  }
}
