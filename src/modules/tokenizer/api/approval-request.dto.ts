import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { Approval } from '../../approvals/index.js';

export class OperatorReasonDto {
  @ApiProperty({ required: false, maxLength: 500, example: 'Incident OPS-42: suspicious minting pattern', description: 'Why, for the approver and the audit trail' })
  @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class ApprovalRequestedResponse {
  @ApiProperty({ format: 'uuid', description: 'The approval request: a different admin approves it with `POST /v1/admin/approvals/{id}/approve`' }) id: string;
  @ApiProperty({ example: 'token.pause' }) action: string;
  @ApiProperty({ enum: ['pending', 'executed', 'failed'], description: '`pending` until approved; `executed` at once when maker-checker is off for the action' }) status: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
}

/** A reason the action cannot go without (a correction must say why). */
export class RequiredReasonDto {
  @ApiProperty({ maxLength: 500, example: 'Deposit 4711 was minted twice by the incident of 2 March (OPS-88)', description: 'Why, for the approver and the audit trail' })
  @IsString() @IsNotEmpty() @MaxLength(500) reason: string;
}

export const approvalRequested = (approval: Approval): ApprovalRequestedResponse => ({
  id: approval.id,
  action: approval.action,
  status: approval.status,
  expiresAt: approval.expiresAt,
});
