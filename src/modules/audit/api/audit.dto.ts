import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsISO8601, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export class AuditListQueryDto {
  @ApiProperty({ required: false, description: 'Only entries about this aggregate (an operation, a payout, a chain transaction key...)' })
  @IsOptional() @IsString() @MaxLength(200) aggregateId?: string;

  @ApiProperty({ required: false, format: 'uuid', description: 'Only entries concerning this customer (as customer, sender or recipient)' })
  @IsOptional() @IsUUID() customerId?: string;

  @ApiProperty({ required: false, example: 'tokenizer.transfer-completed', description: 'Only this event type' })
  @IsOptional() @Matches(/^[a-z]+\.[a-z-]+$/) type?: string;

  @ApiProperty({ required: false, description: 'Only what this actor did: a user id, or `system`' })
  @IsOptional() @IsString() @MaxLength(100) actor?: string;

  @ApiProperty({ required: false, format: 'date-time', description: 'Occurred at or after' })
  @IsOptional() @IsISO8601() from?: string;

  @ApiProperty({ required: false, format: 'date-time', description: 'Occurred at or before' })
  @IsOptional() @IsISO8601() to?: string;

  @ApiProperty({ required: false, description: 'The previous page\'s `nextCursor`' })
  @IsOptional() @IsString() @MaxLength(100) cursor?: string;

  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class CustomerAuditQueryDto {
  @ApiProperty({ required: false, description: 'The previous page\'s `nextCursor`' })
  @IsOptional() @IsString() @MaxLength(100) cursor?: string;

  @ApiProperty({ required: false, type: 'integer', minimum: 1, maximum: 200, default: 50 })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class AuditEntryResponse {
  @ApiProperty({ type: 'integer', example: 42, description: 'Position in the hash chain, from 1' }) seq: number;
  @ApiProperty({ format: 'uuid' }) eventId: string;
  @ApiProperty({ example: 'tokenizer.transfer-completed' }) type: string;
  @ApiProperty() aggregateId: string;
  @ApiProperty({ required: false, format: 'uuid' }) customerId?: string;
  @ApiProperty({ required: false, format: 'uuid', description: 'The other customer (a transfer\'s recipient)' }) counterpartyId?: string;
  @ApiProperty({ example: 'system', description: 'The user id of the authenticated caller who caused it, or `system`' }) actor: string;
  @ApiProperty({ type: [String], example: ['admin'], description: 'The actor\'s roles at the time' }) actorRoles: string[];
  @ApiProperty({ required: false, description: 'The API request that caused it' }) requestId?: string;
  @ApiProperty({ format: 'date-time' }) occurredAt: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event\'s payload: ids, amounts (decimal strings of cents), states, reason codes; no personal data' })
  data: Record<string, unknown>;
  @ApiProperty({ example: '9f2c…', description: 'SHA-256 of the previous entry\'s hash and this entry' }) hash: string;
  @ApiProperty({ description: 'The previous entry\'s hash (64 zeros for the first)' }) previousHash: string;
}

export class AuditPageResponse {
  @ApiProperty({ type: [AuditEntryResponse] }) items: AuditEntryResponse[];
  @ApiProperty({ required: false, description: 'Pass as `cursor` for the next page; absent on the last page' }) nextCursor?: string;
}

export class ChainBreakResponse {
  @ApiProperty({ type: 'integer' }) seq: number;
  @ApiProperty({ enum: ['hash_mismatch', 'previous_hash_mismatch', 'gap'] }) reason: string;
  @ApiProperty() expected: string;
  @ApiProperty() found: string;
}

export class AuditVerificationResponse {
  @ApiProperty({ example: 'main' }) partition: string;
  @ApiProperty({ description: 'True when every entry re-hashes to its stored hash and links to its predecessor' }) verified: boolean;
  @ApiProperty({ type: 'integer' }) entriesChecked: number;
  @ApiProperty({ type: 'integer', description: 'The newest entry\'s position' }) headSeq: number;
  @ApiProperty({ required: false, type: ChainBreakResponse, description: 'The first entry that does not verify' }) firstBreak?: ChainBreakResponse;
}
