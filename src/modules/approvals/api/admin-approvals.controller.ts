import { Body, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { type AuthenticatedUser, CurrentUser, Roles } from '../../../shared/auth/index.js';
import { ApiProblems, OperatorController } from '../../../shared/http/index.js';
import { ApprovalActions } from '../application/approval-actions.js';
import { ApproveRequestCommand, GetApprovalQuery, ListApprovalsQuery, RejectRequestCommand } from '../application/approval-commands.js';
import type { Approval } from '../domain/approval.js';
import { approvalNotFound } from '../domain/approval.errors.js';
import { ApprovalPageResponse, ApprovalResponse, DecisionDto, ListApprovalsQueryDto } from './approvals.dto.js';

const DECIDE = 'Roles: any operator (`admin`, `compliance`, `treasury`) holding one of the roles the action names (pause, unpause, role changes, withdrawals above the threshold, suspense assign and return, top-up refunds, corrections: `admin`; unfreeze and wallet recovery: `admin` or `compliance`; shortfall recovery: `admin` or `treasury`).';

@OperatorController('v1/admin/approvals', 'admin: approvals', ['admin', 'compliance', 'treasury'])
export class AdminApprovalsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly actions: ApprovalActions,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listApprovals',
    summary: 'Requests waiting for a second operator (or decided ones)',
    description: 'Roles: `admin`, `compliance`, `treasury`. Newest first, with what approving will do and who asked.',
  })
  @ApiOkResponse({ type: ApprovalPageResponse })
  @ApiProblems({ 400: ['REQUEST.INVALID'] })
  async list(@Query() query: ListApprovalsQueryDto): Promise<ApprovalPageResponse> {
    const approvals = await this.queries.execute(new ListApprovalsQuery(query.status ?? 'pending', 100));
    return { items: approvals.map((approval) => this.toResponse(approval)) };
  }

  @Get(':approvalId')
  @ApiOperation({ operationId: 'getApproval', summary: 'One approval request', description: 'Roles: `admin`, `compliance`, `treasury`.' })
  @ApiOkResponse({ type: ApprovalResponse })
  @ApiProblems({ 400: ['REQUEST.INVALID'], 404: ['APPROVALS.NOT_FOUND'] })
  async get(@Param('approvalId', ParseUUIDPipe) approvalId: string): Promise<ApprovalResponse> {
    const approval = await this.queries.execute(new GetApprovalQuery(approvalId));
    if (!approval) throw approvalNotFound();
    return this.toResponse(approval);
  }

  @Post(':approvalId/approve')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'approveRequest',
    summary: 'Approve a request: the action takes effect now',
    description: `${DECIDE} The operator who requested it cannot approve it (\`APPROVALS.FOUR_EYES\`), nor can an operator whose own customer account it concerns (\`APPROVALS.SELF_DEALING\`, also refused when requested).`,
  })
  @ApiOkResponse({ type: ApprovalResponse, description: 'Approved and carried out (`executed`), or `failed` with its `failureCode`' })
  @ApiProblems({ 400: ['REQUEST.INVALID'], 403: ['APPROVALS.FOUR_EYES', 'APPROVALS.SELF_DEALING', 'APPROVALS.ROLE_REQUIRED'], 404: ['APPROVALS.NOT_FOUND'], 409: ['APPROVALS.NOT_PENDING'] })
  async approve(@Param('approvalId', ParseUUIDPipe) approvalId: string, @Body() body: DecisionDto, @CurrentUser() user: AuthenticatedUser): Promise<ApprovalResponse> {
    return this.toResponse(await this.commands.execute(new ApproveRequestCommand(approvalId, user, body.reason)), 'pending');
  }

  @Post(':approvalId/reject')
  @HttpCode(200)
  @ApiOperation({ operationId: 'rejectRequest', summary: 'Reject a request (or withdraw your own)', description: `${DECIDE} Nothing takes effect.` })
  @ApiOkResponse({ type: ApprovalResponse })
  @ApiProblems({ 400: ['REQUEST.INVALID'], 403: ['APPROVALS.ROLE_REQUIRED'], 404: ['APPROVALS.NOT_FOUND'], 409: ['APPROVALS.NOT_PENDING'] })
  async reject(@Param('approvalId', ParseUUIDPipe) approvalId: string, @Body() body: DecisionDto, @CurrentUser() user: AuthenticatedUser): Promise<ApprovalResponse> {
    return this.toResponse(await this.commands.execute(new RejectRequestCommand(approvalId, user, body.reason)), 'pending');
  }

  private toResponse(approval: Approval, previousStatus?: string): ApprovalResponse & { previousStatus?: string } {
    let description: string;
    try {
      description = this.actions.get(approval.action).describe(approval.params);
    } catch {
      description = approval.action;
    }
    // previousStatus is read by the audit trail's action recorder (before/after state).
    return { ...approval, description, ...(previousStatus ? { previousStatus } : {}) };
  }
}
