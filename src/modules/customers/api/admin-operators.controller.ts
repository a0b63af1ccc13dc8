import { Body, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { type AuthenticatedUser, CurrentUser, type Role, Roles } from '../../../shared/auth/index.js';
import { ApiProblems, OperatorController } from '../../../shared/http/index.js';
import { RequestApprovalCommand } from '../../approvals/index.js';
import { OPERATOR_ROLES } from '../application/operator-roles.actions.js';
import { customerNotFound } from '../domain/customer.errors.js';
import { CustomerRepository } from '../infrastructure/persistence/customer.repository.js';
import { CustomerRolesRepository } from '../infrastructure/persistence/customer-roles.repository.js';

/** What each operator role may do; repeated in the document's description. */
export const ROLE_POWERS =
  '`admin`: everything operators do, including pause/unpause, operator roles, wallet recovery, suspense, refunds, withdrawal approval. ' +
  '`compliance`: customers (read, search), freeze and unfreeze, the audit trail, approvals of compliance actions. ' +
  '`treasury`: reserves and attestations, operations, chain transactions, shortfalls. ' +
  'Sensitive actions are maker-checker: requested by one operator, effective when a different one approves.';

export class RoleChangeDto {
  @ApiProperty({ enum: OPERATOR_ROLES, example: 'compliance' }) @IsIn(OPERATOR_ROLES) role: Role;
  @ApiProperty({ required: false, maxLength: 500, example: 'Joins the compliance team (HR-77)' }) @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class InviteOperatorDto extends RoleChangeDto {
  @ApiProperty({ format: 'email', example: 'new.operator@example.com', description: 'The e-mail of an account the person registered with `POST /v1/auth/register`' })
  @IsEmail() email: string;
}

export class OperatorResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ type: [String], enum: ['customer', ...OPERATOR_ROLES], isArray: true, example: ['admin'] }) roles: string[];
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export class OperatorPageResponse {
  @ApiProperty({ type: [OperatorResponse] }) items: OperatorResponse[];
}

export class RoleChangeRequestedResponse {
  @ApiProperty({ format: 'uuid', description: 'The approval request a different admin approves' }) id: string;
  @ApiProperty({ enum: ['operator.grant-role', 'operator.revoke-role'] }) action: string;
  @ApiProperty({ enum: ['pending', 'executed', 'failed'] }) status: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

const MAKER_CHECKER = 'Roles: `admin`. Maker-checker: creates an approval request; the role changes when a different admin approves, from the account\'s next login or token refresh.';

@OperatorController('v1/admin/operators', 'admin: operators', ['admin'])
export class AdminOperatorsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly customers: CustomerRepository,
    private readonly roles: CustomerRolesRepository,
  ) {}

  @Get()
  @ApiOperation({ operationId: 'listOperators', summary: 'Accounts holding an operator role', description: `Roles: \`admin\`. ${ROLE_POWERS}` })
  @ApiOkResponse({ type: OperatorPageResponse })
  async list(): Promise<OperatorPageResponse> {
    return { items: await this.roles.operators() };
  }

  @Post('invitations')
  @HttpCode(202)
  @ApiOperation({ operationId: 'inviteOperator', summary: 'Ask to make a registered account an operator', description: `${MAKER_CHECKER} The person registers first; the invitation names their e-mail.` })
  @ApiAcceptedResponse({ type: RoleChangeRequestedResponse })
  @ApiProblems({ 400: ['REQUEST.INVALID'], 404: ['CUSTOMERS.NOT_FOUND'], 409: ['OPERATORS.ROLE_ALREADY_HELD'] })
  async invite(@Body() body: InviteOperatorDto, @CurrentUser() user: AuthenticatedUser): Promise<RoleChangeRequestedResponse> {
    const customerId = await this.customers.findIdByEmail(body.email);
    if (!customerId) throw customerNotFound();
    return this.request('operator.grant-role', customerId, body, user);
  }

  @Post(':customerId/roles')
  @HttpCode(202)
  @ApiOperation({ operationId: 'requestRoleGrant', summary: 'Ask to grant an operator role', description: MAKER_CHECKER })
  @ApiAcceptedResponse({ type: RoleChangeRequestedResponse })
  @ApiProblems({ 400: ['REQUEST.INVALID'], 404: ['CUSTOMERS.NOT_FOUND'], 409: ['OPERATORS.ROLE_ALREADY_HELD'] })
  grant(@Param('customerId', ParseUUIDPipe) customerId: string, @Body() body: RoleChangeDto, @CurrentUser() user: AuthenticatedUser): Promise<RoleChangeRequestedResponse> {
    return this.request('operator.grant-role', customerId, body, user);
  }

  @Post(':customerId/roles/revocations')
  @HttpCode(202)
  @ApiOperation({ operationId: 'requestRoleRevocation', summary: 'Ask to revoke an operator role', description: MAKER_CHECKER })
  @ApiAcceptedResponse({ type: RoleChangeRequestedResponse })
  @ApiProblems({ 400: ['REQUEST.INVALID'], 404: ['CUSTOMERS.NOT_FOUND'], 409: ['OPERATORS.ROLE_NOT_HELD'] })
  revoke(@Param('customerId', ParseUUIDPipe) customerId: string, @Body() body: RoleChangeDto, @CurrentUser() user: AuthenticatedUser): Promise<RoleChangeRequestedResponse> {
    return this.request('operator.revoke-role', customerId, body, user);
  }

  private async request(action: string, customerId: string, body: RoleChangeDto, user: AuthenticatedUser): Promise<RoleChangeRequestedResponse> {
    const approval = await this.commands.execute(new RequestApprovalCommand(action, { customerId, role: body.role }, user, body.reason));
    return { id: approval.id, action: approval.action, status: approval.status, expiresAt: approval.expiresAt };
  }
}
