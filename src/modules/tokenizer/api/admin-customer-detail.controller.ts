import { Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { Roles } from '../../../shared/auth/index.js';
import { NotFoundError } from '../../../shared/errors/index.js';
import { ApiProblems, OperatorController } from '../../../shared/http/index.js';
import { GetWalletQuery } from '../../custody/index.js';
import { GetCustomerQuery, GetKycStateQuery, maskEmail, maskName, maskPhone } from '../../customers/index.js';
import { OperationHistory } from '../application/operations/operation-history.js';
import { TokenReader } from '../application/token-reader.js';
import { tokenizerConfig } from '../tokenizer.config.js';
import { OperationPageResponse } from './money.dto.js';

export class CustomerWalletResponse {
  @ApiProperty({ example: '0x52908400098527886E0F7030069857D2E4169EE7' }) address: string;
  @ApiProperty({ enum: ['created', 'identity_pending', 'registered', 'identity_failed', 'kyc_revoked'] }) status: string;
  @ApiProperty({ description: 'Frozen on the token (neither sends nor receives)' }) frozen: boolean;
  @ApiProperty({ example: '12500', description: 'Balance on chain, euro cents' }) balance: string;
  @ApiProperty({ example: '0', description: 'Held for withdrawals being paid out, euro cents' }) held: string;
  @ApiProperty({ example: '0', description: 'Partially frozen amount, euro cents' }) frozenAmount: string;
}

export class CustomerLimitsResponse {
  @ApiProperty({ example: '1000000', description: 'Withdrawals above this many cents wait for an admin\'s approval' }) withdrawalApprovalThreshold: string;
}

export class AdminCustomerDetailResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'a***@example.com' }) email: string;
  @ApiProperty({ example: 'A** L*******' }) fullName: string;
  @ApiProperty({ example: '+33*******78' }) phone: string;
  @ApiProperty({ type: [String], example: ['customer'] }) roles: string[];
  @ApiProperty({ enum: ['none', 'pending', 'approved', 'rejected'] }) kycStatus: string;
  @ApiProperty({ required: false, example: 'DOCUMENT_REJECTED' }) kycRejectionReason?: string;
  @ApiProperty({ required: false, type: CustomerWalletResponse, description: 'Absent until KYC is approved' }) wallet?: CustomerWalletResponse;
  @ApiProperty({ type: CustomerLimitsResponse }) limits: CustomerLimitsResponse;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class CustomerOperationsQueryDto {
  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: 100, default: 20 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;

  @ApiProperty({ required: false, description: 'The previous page\'s `nextCursor`' })
  @IsOptional() @IsString() @MaxLength(500) cursor?: string;
}

const customerNotFound = () => new NotFoundError('CUSTOMERS.NOT_FOUND', 'No customer has this id.');

/** One customer as an operator sees it: identity and KYC state, wallet and its on-chain state, limits, operations. */
@OperatorController('v1/admin/customers/:customerId', 'admin: customers', ['admin', 'compliance'])
export class AdminCustomerDetailController {
  constructor(
    private readonly queries: QueryBus,
    private readonly tokens: TokenReader,
    private readonly history: OperationHistory,
    @Inject(tokenizerConfig.KEY) private readonly config: ConfigType<typeof tokenizerConfig>,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'getCustomer',
    summary: 'One customer: KYC and identity state, wallet, frozen, balance, limits',
    description: 'Roles: `admin`, `compliance`. Personal data masked.',
  })
  @ApiOkResponse({ type: AdminCustomerDetailResponse })
  @ApiProblems({ 400: ['REQUEST.INVALID'], 404: ['CUSTOMERS.NOT_FOUND'] })
  async get(@Param('customerId', ParseUUIDPipe) customerId: string): Promise<AdminCustomerDetailResponse> {
    const [customer, kyc, wallet] = await Promise.all([
      this.queries.execute(new GetCustomerQuery(customerId)),
      this.queries.execute(new GetKycStateQuery(customerId)),
      this.queries.execute(new GetWalletQuery(customerId)),
    ]);
    if (!customer) throw customerNotFound();
    const state = wallet ? await this.tokens.accountState(wallet.address) : undefined;
    return {
      id: customer.id,
      email: maskEmail(customer.email),
      fullName: maskName(customer.fullName),
      phone: maskPhone(customer.phone),
      roles: customer.roles,
      kycStatus: customer.kycStatus,
      ...(kyc?.rejectionReason ? { kycRejectionReason: kyc.rejectionReason } : {}),
      ...(wallet && state
        ? { wallet: { address: wallet.address, status: wallet.status, frozen: state.addressFrozen, balance: state.balance.toString(), held: state.held.toString(), frozenAmount: state.frozen.toString() } }
        : {}),
      limits: { withdrawalApprovalThreshold: String(this.config.WITHDRAWAL_APPROVAL_THRESHOLD) },
      createdAt: customer.createdAt,
    };
  }

  @Get('operations')
  @ApiOperation({ operationId: 'listCustomerOperations', summary: "One customer's operations, newest first", description: 'Roles: `admin`, `compliance`. The same views the customer sees.' })
  @ApiOkResponse({ type: OperationPageResponse })
  @ApiProblems({ 400: ['REQUEST.INVALID'] })
  operations(@Param('customerId', ParseUUIDPipe) customerId: string, @Query() query: CustomerOperationsQueryDto): Promise<OperationPageResponse> {
    return this.history.list(customerId, query.limit ?? 20, query.cursor);
  }
}
