import { Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Roles } from '../../../shared/auth/index.js';
import { ApiProblems, OperatorController } from '../../../shared/http/index.js';
import { ListAuditEntriesQuery, VerifyAuditChainQuery } from '../application/queries/audit.queries.js';
import type { AuditEntry } from '../domain/audit-entry.js';
import { AuditEntryResponse, AuditListQueryDto, AuditPageResponse, AuditVerificationResponse, CustomerAuditQueryDto } from './audit.dto.js';

const DEFAULT_LIMIT = 50;

@OperatorController('v1/admin', 'admin: audit', ['admin', 'compliance'])
export class AdminAuditController {
  constructor(private readonly queries: QueryBus) {}

  @Get('audit')
  @ApiOperation({
    operationId: 'listAuditEntries',
    summary: 'The audit trail, newest first',
    description:
      'Roles: `admin`, `compliance`. Every domain event and every change made through the API, append-only and hash-chained. Filters combine; pages follow `nextCursor`.',
  })
  @ApiOkResponse({ type: AuditPageResponse })
  @ApiProblems({ 400: ['REQUEST.INVALID', 'AUDIT.INVALID_CURSOR'] })
  async list(@Query() query: AuditListQueryDto): Promise<AuditPageResponse> {
    const { cursor, limit, ...filter } = query;
    return toPage(await this.queries.execute(new ListAuditEntriesQuery(filter, cursor, limit ?? DEFAULT_LIMIT)));
  }

  @Get('audit/verify')
  @ApiOperation({
    operationId: 'verifyAuditChain',
    summary: 'Re-compute the audit hash chain and report the first break',
    description: 'Roles: `admin`, `compliance`. Walks the whole chain from its first entry; an edited, removed or inserted entry is reported as `firstBreak`.',
  })
  @ApiOkResponse({ type: AuditVerificationResponse })
  verify(): Promise<AuditVerificationResponse> {
    return this.queries.execute(new VerifyAuditChainQuery());
  }

  @Get('customers/:customerId/audit')
  @ApiOperation({
    operationId: 'listCustomerAuditEntries',
    summary: "One customer's audit trail, newest first",
    description: 'Roles: `admin`, `compliance`. What concerned this customer: their operations (also as a transfer\'s recipient), their KYC, their wallet, and operators\' actions on them.',
  })
  @ApiOkResponse({ type: AuditPageResponse })
  @ApiProblems({ 400: ['REQUEST.INVALID', 'AUDIT.INVALID_CURSOR'] })
  async listForCustomer(@Param('customerId', ParseUUIDPipe) customerId: string, @Query() query: CustomerAuditQueryDto): Promise<AuditPageResponse> {
    return toPage(await this.queries.execute(new ListAuditEntriesQuery({ customerId }, query.cursor, query.limit ?? DEFAULT_LIMIT)));
  }
}

function toPage(page: { items: AuditEntry[]; nextCursor?: string }): AuditPageResponse {
  return { items: page.items.map(toResponse), ...(page.nextCursor ? { nextCursor: page.nextCursor } : {}) };
}

function toResponse(entry: AuditEntry): AuditEntryResponse {
  const { partition: _partition, data, ...rest } = entry;
  return { ...rest, data: JSON.parse(data) as Record<string, unknown> };
}
