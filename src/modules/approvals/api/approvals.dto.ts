import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { APPROVAL_STATUSES } from '../domain/approval.js';

export class ListApprovalsQueryDto {
  @ApiProperty({ required: false, enum: APPROVAL_STATUSES, default: 'pending' })
  @IsOptional() @IsIn(APPROVAL_STATUSES) status?: (typeof APPROVAL_STATUSES)[number];
}

export class DecisionDto {
  @ApiProperty({ required: false, maxLength: 500, example: 'Checked with the compliance ticket OPS-1234', description: 'Why, for the audit trail' })
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class ApprovalResponse {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'token.pause', description: 'The action that takes effect once approved' }) action: string;
  @ApiProperty({ example: 'Pause the EURT token: no transfer, mint or burn until unpaused', description: 'What approving will do' }) description: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: {}, description: 'The action\'s parameters (ids and codes)' }) params: Record<string, string>;
  @ApiProperty({ enum: APPROVAL_STATUSES }) status: string;
  @ApiProperty({ format: 'uuid', description: 'The operator who asked' }) requestedBy: string;
  @ApiProperty({ type: [String], example: ['admin'] }) requesterRoles: string[];
  @ApiProperty({ required: false }) reason?: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiProperty({ format: 'date-time', description: 'Not approved by then, the request expires' }) expiresAt: string;
  @ApiProperty({ required: false, format: 'uuid' }) decidedBy?: string;
  @ApiProperty({ required: false, format: 'date-time' }) decidedAt?: string;
  @ApiProperty({ required: false }) decisionReason?: string;
  @ApiProperty({ required: false, description: 'What the executed action produced (e.g. its chain transaction key)' }) resultId?: string;
  @ApiProperty({ required: false, example: 'CUSTOMERS.NOT_FOUND', description: 'Why the approved action could not be carried out' }) failureCode?: string;
}

export class ApprovalPageResponse {
  @ApiProperty({ type: [ApprovalResponse] }) items: ApprovalResponse[];
}
